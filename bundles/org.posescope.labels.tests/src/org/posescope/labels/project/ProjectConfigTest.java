package org.posescope.labels.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.posescope.testsupport.SharedData;

class ProjectConfigTest {

    @TempDir
    Path temporary;

    static Stream<Path> everySharedConfig() throws IOException {
        List<Path> configs;
        try (Stream<Path> data = Files.walk(SharedData.data()); Stream<Path> cases = Files.walk(SharedData.cases())) {
            configs = Stream.concat(data, cases).filter(path -> path.getFileName().toString().equals("config.yaml"))
                    .sorted().toList();
        }
        assertEquals(37, configs.size(), "config.yaml files under shared/data and shared/cases");
        return configs.stream();
    }

    @ParameterizedTest
    @MethodSource("everySharedConfig")
    void everySharedConfigReads(Path file) throws ProjectConfigException {
        ProjectConfig config = ProjectConfig.read(file);

        assertFalse(config.scorer().isEmpty(), "every shared config names a scorer");
        assertEquals(file.getParent().toAbsolutePath(), config.projectRoot());
        assertTrue(config.videoSets().stream().allMatch(set -> set.isPlaceholder()
                || !set.folderName().contains("/") && !set.folderName().contains("\\")));
        if (config.multiAnimal()) {
            assertTrue(config.bodyparts().isEmpty(), "MULTI! leaves the plain bodyparts list empty");
            assertFalse(config.multiAnimalBodyparts().isEmpty());
        }
    }

    @Test
    void windowsPathsMapToVideoFolders() throws ProjectConfigException {
        ProjectConfig config = ProjectConfig.read(SharedData.caseProject("B02").resolve("config.yaml"));

        assertEquals(List.of("vid1"), config.videoFolderNames());
        assertEquals("C:\\Users\\labuser\\proj\\B02\\videos\\vid1.avi", config.videoSets().get(0).key());
        assertEquals("0, 64, 0, 48", config.videoSets().get(0).crop());
        assertEquals(List.of("nose", "earL", "earR", "tail"), config.bodyparts());
        assertEquals("annot", config.scorer());
        assertFalse(config.multiAnimal());
    }

    @Test
    void numericBodypartNamesStayStrings() throws ProjectConfigException {
        ProjectConfig config = ProjectConfig.read(SharedData.caseProject("B08").resolve("config.yaml"));

        assertEquals(List.of("nose", "tail", "1", "2", "10"), config.bodyparts());
        assertEquals(List.of("vid1", "vid2"), config.videoFolderNames());
    }

    @Test
    void multiAnimalProjectListsIndividualsAndUniqueBodyparts() throws ProjectConfigException {
        ProjectConfig config = ProjectConfig.read(
                SharedData.data().resolve("multi_mouse-dlc_team-2022-04-12").resolve("config.yaml"));

        assertTrue(config.multiAnimal());
        assertEquals("dlc_team", config.scorer());
        assertEquals("multi_mouse", config.task());
        assertEquals("Apr12", config.date());
        assertEquals(List.of("individual1", "individual2", "individual3"), config.individuals());
        assertEquals(List.of("bodypart1", "bodypart2", "bodypart3"), config.multiAnimalBodyparts());
        assertEquals(List.of("corner1", "corner2"), config.uniqueBodyparts());
        assertEquals(List.of(List.of("bodypart1", "bodypart2"), List.of("bodypart2", "bodypart3"),
                List.of("bodypart1", "bodypart3")), config.skeleton());
        assertEquals(List.of("m3v1mp4", "m3v1mp4short"), config.videoFolderNames());
        assertEquals(11, config.expectedKeypoints().size(), "3 individuals x 3 bodyparts + 2 unique");
        assertEquals(new ProjectConfig.Keypoint("single", "corner2"), config.expectedKeypoints().get(10));
        assertEquals("rainbow", config.colormap());
        assertEquals(12.0, config.dotSize().orElseThrow());
    }

    @Test
    void pythonTupleTagIsReadAsAList() throws ProjectConfigException {
        ProjectConfig config = ProjectConfig.read(
                SharedData.data().resolve("Reaching-Mackenzie-2018-08-30-dlc2.0beta").resolve("config.yaml"));

        assertEquals("Mackenzie", config.scorer());
        assertEquals(List.of("hand", "Finger1", "Finger2", "Joystick"), config.bodyparts());
        assertEquals(List.of("reachingvideo1"), config.videoFolderNames());
        assertEquals(30.0, config.dotSize().orElseThrow());
        assertEquals("hsv", config.colormap());
    }

    @Test
    void flowSkeletonAndPlaceholderVideoKey() throws ProjectConfigException {
        ProjectConfig config = ProjectConfig.read(
                SharedData.data().resolve("Reaching-Mackenzie-2018-08-30").resolve("config.yaml"));

        assertEquals(List.of(List.of("Hand", "Finger1"), List.of("Joystick1", "Joystick2")), config.skeleton());
        assertEquals(1, config.videoSets().size());
        assertTrue(config.videoSets().get(0).isPlaceholder());
        assertEquals(List.of(), config.videoFolderNames());
    }

    @Test
    void emptyMultiAnimalFlagMeansSingleAnimal() throws ProjectConfigException {
        ProjectConfig config = ProjectConfig.read(
                SharedData.data().resolve("openfield-Pranav-2018-10-30").resolve("config.yaml"));

        assertFalse(config.multiAnimal());
        assertEquals(List.of("snout", "leftear", "rightear", "tailbase"), config.bodyparts());
        assertEquals(List.of(), config.skeleton());
    }

    @Test
    void minimalConfigWithoutBodypartsOrVideos() throws ProjectConfigException {
        ProjectConfig config = ProjectConfig.read(
                SharedData.data().resolve("reaching-DLC2Kinematics").resolve("config.yaml"));

        assertEquals("mackenzie", config.scorer());
        assertEquals(List.of(), config.bodyparts());
        assertEquals(List.of(), config.videoSets());
        assertEquals(9, config.skeleton().size());
        assertEquals(List.of("R_shoulder", "Right_elbow"), config.skeleton().get(0));
    }

    @Test
    void unicodeNamesAndAbsolutePathsOfAnotherMachine() throws ProjectConfigException {
        ProjectConfig unicode = ProjectConfig.read(SharedData.caseProject("B14").resolve("config.yaml"));
        ProjectConfig other = ProjectConfig.read(
                SharedData.data().resolve("openfield-m3v1-video-DLC2NWB").resolve("config.yaml"));

        assertEquals(List.of("vidé_ß_鼠"), unicode.videoFolderNames());
        assertEquals(13, other.videoFolderNames().size());
        assertEquals("m1s1", other.videoFolderNames().get(0));
    }

    @Test
    void tabsAndUnquotedNumbersAreTolerated() throws Exception {
        Path file = write("Task: t\nscorer: 42\nbodyparts:\n\t- 10\n\t- 2.50\n\t- nose\nvideo_sets:\n"
                + "\tD:\\data\\v.1.mp4:\n\t\tcrop: 0, 1, 0, 1\nmultianimalproject:\nskeleton:\n");

        ProjectConfig config = ProjectConfig.read(file);

        assertEquals("42", config.scorer());
        assertEquals(List.of("10", "2.50", "nose"), config.bodyparts());
        assertEquals(List.of("v.1"), config.videoFolderNames());
        assertEquals("0, 1, 0, 1", config.videoSets().get(0).crop());
        assertTrue(config.notices().stream().anyMatch(notice -> notice.contains("tabs")));
    }

    @Test
    void wrongShapeNamesFileAndLine() throws IOException {
        Path file = write("Task: t\nscorer: s\nbodyparts:\n  nose: 1\n");

        ProjectConfigException error = assertThrows(ProjectConfigException.class, () -> ProjectConfig.read(file));

        assertEquals(4, error.line());
        assertTrue(error.getMessage().startsWith(file + ", line 4: bodyparts must be a list"), error.getMessage());
    }

    @Test
    void invalidYamlNamesFileAndLine() throws IOException {
        Path file = write("Task: t\nscorer: [unclosed\nbodyparts:\n- a\n");

        ProjectConfigException error = assertThrows(ProjectConfigException.class, () -> ProjectConfig.read(file));

        assertTrue(error.line() >= 3, "line " + error.line());
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("is not valid YAML"), error.getMessage());
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        Path file = write("# nothing but a comment\n");

        ProjectConfigException error = assertThrows(ProjectConfigException.class, () -> ProjectConfig.read(file));

        assertEquals(file + ": is empty.", error.getMessage());
    }

    @Test
    void folderNameOfVideoKeys() {
        assertEquals("vid1", VideoSet.folderNameOf("C:\\Users\\x\\videos\\vid1.avi"));
        assertEquals("m3v1mp4short", VideoSet.folderNameOf("/Users/J/videos/m3v1mp4short.mp4"));
        assertEquals("", VideoSet.folderNameOf("WILL BE AUTOMATICALLY UPDATED BY DEMO CODE"));
        assertEquals("clip", VideoSet.folderNameOf("clip"));
    }

    private Path write(String text) throws IOException {
        Path file = temporary.resolve("config.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
