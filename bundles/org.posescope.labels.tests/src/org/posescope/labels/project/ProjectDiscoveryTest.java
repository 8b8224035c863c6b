package org.posescope.labels.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.SharedData;

class ProjectDiscoveryTest {

    private static Map<String, Project> projects;

    @BeforeAll
    static void discoverSharedData() throws IOException {
        Path data = SharedData.data();
        projects = ProjectDiscovery.discover(data).stream()
                .collect(Collectors.toMap(project -> data.relativize(project.root()).toString(), Function.identity()));
    }

    @Test
    void findsEveryProjectOfTheSharedData() {
        assertEquals(List.of("Reaching-Mackenzie-2018-08-30", "Reaching-Mackenzie-2018-08-30-dlc2.0beta",
                "deepof-test-tables", "multi_mouse-dlc_team-2022-04-12", "openfield-Pranav-2018-10-30",
                "openfield-m3v1-video-DLC2NWB", "reaching-DLC2Kinematics", "synthetic/edge_int_labels",
                "synthetic/edge_object_block", "synthetic/edge_two_blocks", "synthetic/edge_unicode_names",
                "synthetic/machine_10k", "synthetic/missing_data", "synthetic/multi_animal",
                "synthetic/single_multiindex", "synthetic/single_string_index", "synthetic/table_multi_animal",
                "synthetic/table_string_index"), projects.keySet().stream().sorted().toList());
    }

    @Test
    void discoveryReadsNoLabelFile() {
        assertTrue(projects.values().stream().flatMap(project -> project.labelFiles().stream())
                .noneMatch(LabelFile::isRead));
    }

    @Test
    void openfieldHasOneVideoWithItsImagesAndHumanLabels() {
        Project openfield = projects.get("openfield-Pranav-2018-10-30");

        assertEquals("Pranav", openfield.config().orElseThrow().scorer());
        assertEquals(1, openfield.labeledVideos().size());
        LabeledVideo video = openfield.labeledVideos().get(0);
        assertEquals("m4s1", video.name());
        assertEquals(116, video.images().size());
        assertEquals("img0000.png", video.images().get(0).getFileName().toString());
        assertEquals("labeled-data/m4s1/img0000.png", video.imageKey(video.images().get(0)));
        LabelFile labels = video.humanLabels().get(0);
        assertEquals("CollectedData_Pranav.h5", labels.fileName());
        assertEquals("CollectedData_Pranav.csv", labels.csv().orElseThrow().getFileName().toString());
        assertEquals("Pranav", labels.scorerInName().orElseThrow());
        assertEquals(List.of(), openfield.videoOutputs());
    }

    @Test
    void multiAnimalProjectHasMachineLabelsAndTracklets() {
        Project project = projects.get("multi_mouse-dlc_team-2022-04-12");

        assertEquals(List.of("m3v1mp4", "m3v1mp4short"),
                project.labeledVideos().stream().map(LabeledVideo::name).toList());
        LabeledVideo shortVideo = project.labeledVideo("m3v1mp4short").orElseThrow();
        assertEquals(7, shortVideo.images().size());
        assertEquals(1, shortVideo.humanLabels().size());
        LabelFile machine = shortVideo.machineLabels().get(0);
        assertEquals("machinelabels-iter0.h5", machine.fileName());
        assertEquals("machinelabels.csv", machine.csv().orElseThrow().getFileName().toString());

        List<LabelFile> outputs = project.videoOutputs();
        assertEquals(2, outputs.size());
        assertTrue(outputs.stream().allMatch(file -> file.kind() == LabelFileKind.TRACKLETS));
        assertTrue(outputs.stream().allMatch(file -> file.videoName().equals("m3v1mp4short")));
        assertEquals(List.of(true, false), outputs.stream().map(file -> file.csv().isPresent()).toList().reversed());
    }

    @Test
    void videoInferenceOutputsAreNamedByVideo() {
        LabelFile predictions = projects.get("openfield-m3v1-video-DLC2NWB").videoOutputs().get(0);
        List<LabelFile> synthetic = projects.get("synthetic/machine_10k").videoOutputs();
        List<LabelFile> kinematics = projects.get("reaching-DLC2Kinematics").videoOutputs();

        assertEquals(LabelFileKind.VIDEO_PREDICTIONS, predictions.kind());
        assertEquals("m3v1mp4", predictions.videoName());
        assertEquals(List.of(LabelFileKind.VIDEO_PREDICTIONS, LabelFileKind.OTHER_TABLE),
                synthetic.stream().map(LabelFile::kind).toList());
        assertEquals(List.of("reachingDEMO_2D.h5", "reachingDEMO_3D.h5"),
                kinematics.stream().map(LabelFile::fileName).toList());
        assertTrue(kinematics.stream().allMatch(file -> file.kind() == LabelFileKind.OTHER_TABLE));
    }

    @Test
    void folderWithTablesButNoConfigIsKeptWithItsError() {
        Project deepof = projects.get("deepof-test-tables");

        assertTrue(deepof.config().isEmpty());
        assertTrue(deepof.configError().orElseThrow().getMessage().contains("does not exist"));
        assertEquals(6, deepof.videoOutputs().size(), "3 h5 and 3 csv whose names differ, so none are twins");
    }

    @Test
    void twoHumanLabelFilesInOneFolderStaySeparate() {
        LabeledVideo video = projects.get("synthetic/edge_unicode_names").labeledVideos().get(0);

        assertEquals("vidé1", video.name());
        assertEquals(List.of("CollectedData_Zoë.h5", "CollectedData_Zoë_table.h5"),
                video.humanLabels().stream().map(LabelFile::fileName).toList());
        assertTrue(video.humanLabels().stream().allMatch(file -> file.csv().isPresent()));
    }

    @Test
    void factsAreComputedOnDemand() {
        Project openfield = projects.get("openfield-Pranav-2018-10-30");
        Project multi = projects.get("multi_mouse-dlc_team-2022-04-12");

        NodeFacts single = NodeFacts.of(openfield);
        NodeFacts animals = NodeFacts.of(multi.labeledVideo("m3v1mp4short").orElseThrow());

        assertEquals(116, single.frames());
        assertEquals(116, single.images());
        assertEquals(List.of("snout", "leftear", "rightear", "tailbase"), single.bodyparts());
        assertEquals(List.of(), single.individuals());
        assertEquals(1.0, single.labeledShare(), "openfield has no NaN");
        assertTrue(single.layouts().get(0).contains("pandas table format (HDF5, PyTables), key df_with_missing"),
                single.layouts().toString());

        assertEquals(5, animals.frames());
        assertEquals(7, animals.images());
        assertEquals(List.of("individual1", "individual2", "individual3", "single"), animals.individuals());
        assertEquals(1 - 0.218, animals.labeledShare(), 0.01, "21.8 % of the cells are NaN");
    }

    @Test
    void discoveringTheCasesFindsNestedProjects() throws IOException {
        List<Project> cases = ProjectDiscovery.discover(SharedData.cases());

        assertEquals(20, cases.size(), "19 case folders, B21 holding two projects");
        assertTrue(cases.stream().anyMatch(project -> project.root().endsWith(Path.of("B21", "single_frame"))));
        assertTrue(cases.stream().allMatch(project -> project.config().isPresent()));
    }

    @Test
    void unreadableConfigIsKeptWithItsError(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("config.yaml"), "bodyparts: {nose: 1}\n");
        Files.createDirectories(folder.resolve("labeled-data/v1"));

        Project project = Project.open(folder);

        assertTrue(project.config().isEmpty());
        assertEquals(1, project.configError().orElseThrow().line());
        assertEquals(List.of("v1"), project.labeledVideos().stream().map(LabeledVideo::name).toList());
    }

    @Test
    void unreadableLabelFileIsKeptWithItsError(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("config.yaml"), "scorer: me\nbodyparts: [a]\n");
        Path video = Files.createDirectories(folder.resolve("labeled-data/v1"));
        Files.writeString(video.resolve("CollectedData_me.h5"), "not an HDF5 file");

        LabelFile file = Project.open(folder).labeledVideos().get(0).humanLabels().get(0);
        LabelFileRead outcome = file.read();

        LabelFileRead.Failed failed = assertInstanceOf(LabelFileRead.Failed.class, outcome);
        assertTrue(failed.message().contains("CollectedData_me.h5"), failed.message());
        assertFalse(NodeFacts.of(file).unreadable().isEmpty());
    }

    /** A link back up the tree ("self -> ..") led discovery round the loop until its depth limit, once per level. */
    @Test
    void symbolicLinkLoopListsEachProjectOnce(@TempDir Path folder) throws IOException {
        Path project = Files.createDirectories(folder.resolve("loop/B19"));
        Files.writeString(project.resolve("config.yaml"), "scorer: me\nbodyparts: [a]\n");
        Files.createDirectories(project.resolve("labeled-data/v1"));
        Files.createSymbolicLink(folder.resolve("loop/self"), Path.of(".."));
        Files.createSymbolicLink(folder.resolve("loop/again"), Path.of("B19"));

        List<Project> found = ProjectDiscovery.discover(folder.resolve("loop"));

        assertEquals(List.of(project.toAbsolutePath().normalize()), found.stream().map(Project::root).toList());
    }
}
