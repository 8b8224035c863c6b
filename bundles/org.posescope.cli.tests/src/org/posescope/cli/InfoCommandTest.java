package org.posescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.Pandas;
import org.posescope.testsupport.SharedData;

/** {@code posescope info}: the facts the browser shows, for files, labeled videos and projects. */
class InfoCommandTest {

    private static final Path OPENFIELD = Path.of("openfield-Pranav-2018-10-30");
    private static final Path MULTI_MOUSE = Path.of("multi_mouse-dlc_team-2022-04-12");

    @Test
    void labelFileFactsAgreeWithPandas() {
        Path file = SharedData.data().resolve(OPENFIELD).resolve("labeled-data/m4s1/CollectedData_Pranav.h5");

        CommandRun run = CommandRun.of("info", file.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        String pandas = Pandas.run("""
                import sys
                import pandas as pd
                frame = pd.read_hdf(sys.argv[1])
                print(len(frame), ", ".join(frame.columns.get_level_values("bodyparts").unique()))
                """, file.toString());
        assertTrue(pandas.startsWith(frameCount(run) + " "), run + "\npandas: " + pandas);
        assertTrue(run.out().contains("  Bodyparts: " + pandas.strip().split(" ", 2)[1] + "\n"), run.toString());
        assertTrue(run.out().contains("  Individuals: one animal (single-animal labels)\n"), run.toString());
        assertTrue(run.out().contains("  Labeled: 100.0 % of keypoints\n"), run.toString());
        assertTrue(run.out().contains("  Layout: labeled-data/m4s1/CollectedData_Pranav.h5: pandas table format"
                + " (HDF5, PyTables), key df_with_missing, single-animal columns (scorer, bodyparts, coords), rows named by image"
                + " paths (labeled-data/video/image)\n"), run.toString());
        assertFalse(run.out().contains(" ms"), "no timing unless asked");
    }

    @Test
    void fixedFormatMultiAnimalFileIsDescribedInWords() {
        Path file = SharedData.data().resolve(MULTI_MOUSE)
                .resolve("labeled-data/m3v1mp4short/CollectedData_dlc_team.h5");

        CommandRun run = CommandRun.of("info", file.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertEquals(5, frameCount(run));
        assertTrue(run.out().contains("  Individuals: individual1, individual2, individual3, single\n"),
                run.toString());
        assertTrue(run.out().contains("pandas fixed format (HDF5), key df_with_missing, multi-animal columns (scorer,"
                + " individuals, bodyparts, coords), rows named by 3-level image keys (labeled-data, video, image)"),
                run.toString());
    }

    @Test
    void timingIsPrintedInMillisecondsWhenAsked() {
        Path file = SharedData.data().resolve("synthetic/machine_10k");
        Path h5 = firstH5Below(file);
        Path other = SharedData.data().resolve(OPENFIELD).resolve("labeled-data/m4s1/CollectedData_Pranav.h5");

        CommandRun run = CommandRun.of("info", "--timing", h5.toString(), other.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertEquals(2, run.out().lines().filter(line -> line.matches("  Read in \\d+\\.\\d ms")).count(),
                run.toString());
        assertTrue(run.out().contains("rows numbered by video frame"), run.toString());
    }

    @Test
    void projectAndLabeledVideoShowImagesAndFrames() {
        Path project = SharedData.data().resolve(OPENFIELD);
        Path video = SharedData.data().resolve(MULTI_MOUSE).resolve("labeled-data/m3v1mp4short");

        CommandRun run = CommandRun.of("info", "--timing", project.toString(), video.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertTrue(run.out().contains("Project openfield-Pranav-2018-10-30 (" + project + ")\n  Frames: 116\n"
                + "  Images: 116\n  Bodyparts: snout, leftear, rightear, tailbase\n"), run.toString());
        assertTrue(run.out().contains("Labeled video m3v1mp4short (" + video + ")\n  Frames: 5\n  Images: 7\n"),
                run.toString());
        assertEquals(2, run.out().lines().filter(line -> line.matches("  Read and summarised in \\d+\\.\\d ms"))
                .count(), run.toString());
    }

    @Test
    void unreadableFileBesideReadableOnesExitsWithOne() {
        CommandRun run = CommandRun.of("info", SharedData.caseProject("B08").toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, run.status(), run.toString());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("  Cannot read: ")), run.toString());
    }

    @Test
    void nothingReadableExitsWithTwoAndNamesEachPath(@TempDir Path folder) throws IOException {
        Path missing = folder.resolve("absent.h5");
        Path garbage = Files.writeString(folder.resolve("garbage.h5"), "not an HDF5 file");
        Path text = Files.writeString(folder.resolve("notes.txt"), "not labels");

        CommandRun run = CommandRun.of("info", missing.toString(), garbage.toString(), text.toString())
                .withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertEquals(3, run.err().strip().lines().count(), run.toString());
        assertTrue(run.err().contains(missing + " does not exist."), run.toString());
        assertTrue(run.err().contains("garbage.h5") && run.err().contains("notes.txt"), run.toString());
    }

    @Test
    void projectWithOnlyVideoPredictionsReportsThemAndTheirFrames() {
        Path project = SharedData.data().resolve("openfield-m3v1-video-DLC2NWB");
        Path predictions = firstH5Below(project.resolve("videos"));

        CommandRun run = CommandRun.of("info", project.toString()).withoutStackTrace();

        int rows = Integer.parseInt(Pandas.run("""
                import sys
                import pandas as pd
                print(len(pd.read_hdf(sys.argv[1])))
                """, predictions.toString()).strip());
        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertTrue(run.out().startsWith("Project openfield-m3v1-video-DLC2NWB (" + project + "), machine labels only"
                + " (no human labels)\n"), run.toString());
        assertEquals(rows, frameCount(run), run.toString());
        assertTrue(run.out().contains("  Machine labels: 1 file, " + rows + " frames\n    videos/"
                + predictions.getFileName() + ": " + rows + " frames (video predictions)\n"), run.toString());
        assertTrue(run.out().contains("  Bodyparts: snout, leftear, rightear, tailbase\n"), run.toString());
    }

    private static int frameCount(CommandRun run) {
        String line = run.out().lines().filter(text -> text.startsWith("  Frames: ")).findFirst().orElseThrow();
        return Integer.parseInt(line.substring("  Frames: ".length()));
    }

    private static Path firstH5Below(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(path -> path.toString().endsWith(".h5")).sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DeepLabCut users pass config.yaml; labeled-data means each of the project's labeled videos. */
    @Test
    void configYamlAndTheLabeledDataFolderAreDescribed() {
        Path project = SharedData.data().resolve(OPENFIELD);

        CommandRun whole = CommandRun.of("info", project.toString()).withoutStackTrace();
        CommandRun config = CommandRun.of("info", project.resolve("config.yaml").toString()).withoutStackTrace();
        CommandRun labeledData = CommandRun.of("info", project.resolve("labeled-data").toString())
                .withoutStackTrace();
        CommandRun video = CommandRun.of("info", project.resolve("labeled-data/m4s1").toString()).withoutStackTrace();

        assertEquals(whole.toString(), config.toString(), "config.yaml stands for its project");
        assertEquals(PoseScopeCommandLine.CLEAN, labeledData.status(), labeledData.toString());
        assertEquals(video.out(), labeledData.out(), "openfield has one labeled video, m4s1");
    }

    /** A link back up the tree ("self -> ..") listed the project once per turn of the loop. */
    @Test
    void aSymbolicLinkLoopListsEachProjectOnce(@TempDir Path folder) throws IOException {
        Path loop = Files.createDirectories(folder.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("B19"), SharedData.caseProject("B19"));
        Files.createSymbolicLink(loop.resolve("self"), Path.of(".."));

        CommandRun run = CommandRun.of("info", loop.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertEquals(1, run.out().lines().filter(line -> line.startsWith("Project ")).count(), run.toString());
    }

    /** Every labeled video has a CollectedData file of the same name; two identical Layout lines said nothing. */
    @Test
    void layoutsAndUnreadableFilesAreNamedByTheirPathInTheProject() {
        CommandRun scorers = CommandRun.of("info", SharedData.caseProject("B13").toString()).withoutStackTrace();
        CommandRun blanks = CommandRun.of("info", SharedData.caseProject("B08").toString()).withoutStackTrace();

        assertTrue(scorers.out().contains("  Layout: labeled-data/vid1/CollectedData_annotA.h5: pandas fixed format"),
                scorers.toString());
        assertTrue(scorers.out().contains("  Layout: labeled-data/vid2/CollectedData_annotA.h5: pandas fixed format"),
                scorers.toString());
        assertTrue(blanks.out().contains("  Cannot read: labeled-data/vid2/CollectedData_annot.csv has blank cells"),
                blanks.toString());
    }

    @Test
    void aFilesNotesNameItByItsPathInTheProjectOnce() {
        Path file = SharedData.caseProject("B05").resolve("labeled-data/vid1/machinelabels-iter0.h5");

        CommandRun run = CommandRun.of("info", file.toString()).withoutStackTrace();

        assertTrue(run.out().contains("  Note: labeled-data/vid1/machinelabels-iter0.h5 holds 2 pandas objects"),
                run.toString());
    }

    /** config.yaml's order, as DeepLabCut's GUI lists keypoints, not the string-sorted order of the h5 (B08). */
    @Test
    void bodypartsFollowTheConfigOrder() {
        Path project = SharedData.caseProject("B08");
        CommandRun run = CommandRun.of("info", project.toString()).withoutStackTrace();
        CommandRun file = CommandRun.of("info", project.resolve("labeled-data/vid1/CollectedData_annot.h5").toString())
                .withoutStackTrace();

        assertTrue(run.out().contains("  Bodyparts: nose, tail, 1, 2, 10\n"), run.toString());
        assertTrue(file.out().contains("  Bodyparts: nose, tail, 1, 2, 10\n"), file.toString());
    }

    /** B10: neck was added to config.yaml after labeling; it is a keypoint of the project, unlabeled everywhere. */
    @Test
    void aBodypartOfTheConfigMissingFromTheFilesIsShownAsNeverLabeled() {
        CommandRun run = CommandRun.of("info", SharedData.caseProject("B10").toString()).withoutStackTrace();
        CommandRun video = CommandRun.of("info", SharedData.caseProject("B10").resolve("labeled-data/vid1").toString())
                .withoutStackTrace();

        for (CommandRun each : List.of(run, video)) {
            assertTrue(each.out().contains("  Bodyparts: nose, earL, earR, tail, neck\n"), each.toString());
            assertTrue(each.out().contains("  Labeled: 80.0 % of keypoints\n"), "12 of 15 points: " + each);
            assertTrue(each.out().contains("  neck: in config.yaml, never labeled\n"), each.toString());
        }
    }

    @Test
    void aProjectWithoutLabelFilesListsTheBodypartsOfItsConfig(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("labeled-data/vid1"));
        Files.writeString(folder.resolve("config.yaml"), "scorer: me\nbodyparts:\n- nose\n- tail\n");

        CommandRun run = CommandRun.of("info", folder.toString()).withoutStackTrace();

        assertTrue(run.out().contains("  Frames: 0\n"), run.toString());
        assertTrue(run.out().contains("  Bodyparts: nose, tail\n"), run.toString());
    }

    /** A config.yaml that is not YAML was silent here while check reported it; info now says it and goes on. */
    @Test
    void aBrokenConfigIsWarnedOfWithChecksSentenceAndTheLabelsAreStillDescribed(@TempDir Path folder)
            throws IOException {
        Path project = BrokenConfig.project(folder);
        String sentence = BrokenConfig.checkSentence(project);

        CommandRun run = CommandRun.of("info", project.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, run.status(), run.toString());
        assertEquals("warning: " + sentence, run.err().strip(), run.toString());
        assertTrue(run.out().contains("  Frames: 2\n  Images: 0\n  Bodyparts: nose, earL, earR, tail\n"),
                run.toString());
    }
}
