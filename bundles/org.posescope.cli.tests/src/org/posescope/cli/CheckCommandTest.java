package org.posescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posescope.testsupport.SharedData;

/** {@code posescope check} on real projects and field cases: what it says and the exit status scripts rely on. */
class CheckCommandTest {

    @Test
    void cleanProjectExitsWithZero() {
        Path openfield = SharedData.data().resolve("openfield-Pranav-2018-10-30");

        CommandRun run = CommandRun.of("check", openfield.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertEquals("No problems found (2 files read).", run.out().strip(), run.toString());
    }

    @Test
    void severalCleanProjectsAtOnceStayClean() {
        CommandRun run = CommandRun.of("check", SharedData.data().resolve("openfield-Pranav-2018-10-30").toString(),
                SharedData.caseProject("B21").toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertTrue(run.out().contains("No problems found (6 files read)."), run.toString());
    }

    @Test
    void missingImageIsAnErrorNamingTheImageAndTheFile() {
        CommandRun run = CommandRun.of("check", SharedData.caseProject("B15").toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, run.status(), run.toString());
        assertTrue(run.out().contains("error: labeled-data/vid1/img002.png, referenced by"
                + " labeled-data/vid1/CollectedData_annot.h5, is missing."), run.toString());
        assertTrue(run.out().contains("1 error and 0 warnings"), run.toString());
    }

    @Test
    void scorerDifferingFromConfigIsAWarningNamingTheFile() {
        CommandRun run = CommandRun.of("check", SharedData.caseProject("B13").toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, run.status(), run.toString());
        String warning = run.out().lines().filter(line -> line.startsWith("warning: ")).findFirst().orElse("");
        assertTrue(warning.contains("labeled-data/vid2/CollectedData_annotA.h5"), run.toString());
        assertTrue(warning.contains("annotB") && warning.contains("annotA"), run.toString());
        assertTrue(run.out().lines().noneMatch(line -> line.contains("vid1/")), "vid1 agrees with config.yaml");
    }

    @Test
    void repeatedRowIsAWarningNamingTheMachineLabelFile() {
        CommandRun run = CommandRun.of("check", SharedData.caseProject("B16").toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, run.status(), run.toString());
        assertTrue(run.out().contains("warning: img004.png appears twice in labeled-data/vid1/machinelabels-iter0.h5"),
                run.toString());
        assertTrue(run.out().contains("0 errors and 1 warning (3 files read)."), run.toString());
    }

    @Test
    void oneLabelFileOfAProjectCanBeCheckedAlone() {
        Path file = SharedData.caseProject("B15").resolve("labeled-data/vid1/CollectedData_annot.h5");

        CommandRun run = CommandRun.of("check", file.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, run.status(), run.toString());
        assertTrue(run.out().contains("img002.png"), run.toString());
    }

    @Test
    void missingPathExitsWithTwoAndNamesIt(@TempDir Path folder) {
        Path missing = folder.resolve("no-such-project");

        CommandRun run = CommandRun.of("check", missing.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertTrue(run.out().contains(missing + " does not exist."), run.toString());
    }

    @Test
    void folderWithoutProjectsExitsWithTwo(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "no project here");

        CommandRun run = CommandRun.of("check", folder.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertTrue(run.out().contains(folder + " holds no DeepLabCut project."), run.toString());
    }

    /** Reading config.yaml beside it does not make the check of an unreadable file a partial success. */
    @Test
    void corruptLabelFileAloneIsAnErrorNamingItAndExitsTwo(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("config.yaml"), "scorer: me\nbodyparts: [nose]\n");
        Path video = Files.createDirectories(folder.resolve("labeled-data/v1"));
        Files.writeString(video.resolve("CollectedData_me.h5"), "not an HDF5 file");

        CommandRun run = CommandRun.of("check", video.resolve("CollectedData_me.h5").toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), "nothing of what was asked could be read: " + run);
        assertTrue(run.out().lines()
                .anyMatch(line -> line.startsWith("error: ") && line.contains("CollectedData_me.h5")), run.toString());
        assertTrue(run.out().contains("(nothing could be read, 1 unreadable)."), run.toString());
    }

    @Test
    void labelFileOutsideAnyProjectIsCheckedByItself(@TempDir Path folder) throws IOException {
        Path file = Files.copy(SharedData.data().resolve("openfield-Pranav-2018-10-30/labeled-data/m4s1"
                + "/CollectedData_Pranav.h5"), folder.resolve("CollectedData_Pranav.h5"));

        CommandRun run = CommandRun.of("check", file.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertTrue(run.out().contains("info: " + file + " is not inside a DeepLabCut project (no config.yaml above"
                + " it), so it was checked by itself; the project-level checks (images on disk, scorer and bodyparts"
                + " against config.yaml) were skipped."), run.toString());
        assertTrue(run.out().contains("No problems found (1 file read)."), run.toString());
    }

    @Test
    void labelFileOutsideAnyProjectStillHasItsOwnProblemsFound(@TempDir Path folder) throws IOException {
        Path file = Files.copy(SharedData.caseProject("B16").resolve("labeled-data/vid1/machinelabels-iter0.h5"),
                folder.resolve("machinelabels-iter0.h5"));

        CommandRun run = CommandRun.of("check", file.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, run.status(), run.toString());
        assertTrue(run.out().contains("warning: img004.png appears twice in machinelabels-iter0.h5"), run.toString());
        assertTrue(run.out().contains("project-level checks"), run.toString());
    }

    @Test
    void findingsInAFolderOfSeveralProjectsNameTheirProject() {
        CommandRun run = CommandRun.of("check", SharedData.cases().toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, run.status(), run.toString());
        assertTrue(run.out().contains("error: Project B15: labeled-data/vid1/img002.png, referenced by"
                + " labeled-data/vid1/CollectedData_annot.h5, is missing."), run.toString());
        assertTrue(run.out().contains("warning: Project B16: img004.png appears twice"), run.toString());
        run.out().lines().filter(line -> line.startsWith("error: ") || line.startsWith("warning: "))
                .forEach(line -> assertTrue(line.matches("\\w+: (Project B\\d\\d: |"
                        + Pattern.quote(SharedData.cases().toString()) + "/B\\d\\d/).*"), "no project named: " + line));
    }

    /** DeepLabCut users pass config.yaml; labeled-data means the labeled videos, without the video outputs. */
    @Test
    void configYamlAndTheLabeledDataFolderAreChecked() {
        Path project = SharedData.data().resolve("multi_mouse-dlc_team-2022-04-12");

        CommandRun whole = CommandRun.of("check", project.toString()).withoutStackTrace();
        CommandRun config = CommandRun.of("check", project.resolve("config.yaml").toString()).withoutStackTrace();
        CommandRun labeledData = CommandRun.of("check", project.resolve("labeled-data").toString())
                .withoutStackTrace();

        assertEquals(whole.toString(), config.toString(), "config.yaml stands for its project");
        // The labels of this real project hold 14 points off their 640 x 480 images (placeholder corners at
        // (500, 500) and (550, 550), a few points 4 pixels below the bottom), found in labeled-data alone.
        assertEquals(PoseScopeCommandLine.PROBLEMS, labeledData.status(), labeledData.toString());
        // Two human label files, machinelabels-iter0.h5 and machinelabels.csv; not the two tables under videos/.
        assertTrue(labeledData.out().strip().endsWith("0 errors and 14 warnings (4 files read)."),
                labeledData.toString());
        assertTrue(whole.out().strip().endsWith("0 errors and 14 warnings (6 files read)."), whole.toString());
    }

    /** A file named many times (a glob, a link to it) was read and counted once per mention: "4000 files read". */
    @Test
    void aFileNamedSeveralTimesIsReadAndCountedOnce(@TempDir Path folder) throws IOException {
        Path file = SharedData.caseProject("B19").resolve("labeled-data/vid1/CollectedData_annot.h5");
        Path link = Files.createSymbolicLink(folder.resolve("same.h5"), file);

        CommandRun run = CommandRun.of("check", file.toString(), file.toString(), link.toString(), file.toString())
                .withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertEquals("No problems found (2 files read).", run.out().strip(), run.toString());
    }

    /**
     * Every labeled video holds a CollectedData file of the same name, so a finding names its file by the path within
     * the project, and once: readers' notes came prefixed with the name they already start with.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "B08 | error: labeled-data/vid2/CollectedData_annot.csv has blank cells in its bodyparts header row",
        "B05 | info: labeled-data/vid1/machinelabels-iter0.h5 holds 2 pandas objects",
        "B06 | warning: labeled-data/vid1/CollectedData_annot.csv leaves 7 cell(s) of its scorer row blank"})
    void findingsNameTheirFileByItsPathInTheProjectOnce(String project, String finding) {
        CommandRun run = CommandRun.of("check", "--verbose", SharedData.caseProject(project).toString())
                .withoutStackTrace();

        assertTrue(run.out().lines().anyMatch(line -> line.startsWith(finding)), run.toString());
        String name = finding.substring(finding.lastIndexOf('/') + 1, finding.indexOf(' ', finding.indexOf('/')));
        run.out().lines().forEach(line -> assertTrue(line.indexOf(name) == line.lastIndexOf(name),
                "named twice: " + line));
        run.out().lines().filter(line -> line.contains(name))
                .forEach(line -> assertTrue(line.contains("labeled-data/vid"), "bare name: " + line));
    }
}
