package org.posescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.cluster.ScanPreferences;
import org.posescope.cluster.demo.DemoProject;
import org.posescope.testsupport.SharedData;

/** {@code posescope demo} and {@code posescope scan}: the report's form, its findings, settings and errors. */
class ScanCommandTest {

    @TempDir
    Path folder;

    @AfterEach
    void forgetTheWorkspace() {
        System.clearProperty(StoredScanPreferences.WORKSPACE_PROPERTY);
    }

    @Test
    void theDemoProjectsInjectedMistakesLeadTheRanking() throws IOException {
        Path project = folder.resolve("demo");
        CommandRun demo = CommandRun.of("demo", project.toString()).withoutStackTrace();
        assertEquals(0, demo.status(), demo.toString());

        CommandRun scan = CommandRun.of("scan", "--quiet", project.toString()).withoutStackTrace();

        assertEquals(1, scan.status(), "suspects were found, so the status says so: " + scan);
        List<String> lines = scan.out().lines().toList();
        assertEquals(String.join(",", ScanReportWriter.COLUMNS), lines.get(0));
        Set<String> injected = Files.readAllLines(project.resolve(DemoProject.TRUTH_FILE)).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        Set<String> top = new HashSet<>();
        for (String line : lines.subList(1, 1 + injected.size())) {
            String frame = line.split(",")[2];
            top.add(frame.substring(frame.lastIndexOf('/') + 1));
        }
        assertEquals(injected, top, "the top " + injected.size() + " frames are the injected mistakes");
    }

    @Test
    void aSwapOnTheRealOpenfieldLabelsIsNamedWithItsKeypoints() {
        Path openfield = SharedData.data().resolve("openfield-Pranav-2018-10-30");

        CommandRun scan = CommandRun.of("scan", "--top", "1", "--format", "json", "--timing", openfield.toString())
                .withoutStackTrace();

        assertEquals(1, scan.status(), scan.toString());
        assertTrue(scan.out().contains("\"frame\": \"labeled-data/m4s1/img0102.png\""), scan.out());
        assertTrue(scan.out().contains("\"reason\": \"swap leftear/rightear\""), scan.out());
        assertTrue(scan.err().contains("scanning with Local Outlier Factor"), scan.err());
        assertTrue(scan.err().matches("(?s).*timing: .*CollectedData_Pranav.h5: read [0-9.]+ s, scan [0-9.]+ s.*"),
                scan.err());
    }

    @Test
    void storedPreferencesChooseTheAlgorithmAndFlagsOverrideThem() throws IOException {
        storePreferences("eclipse.preferences.version=1\n" + ScanPreferences.ALGORITHM + "=kmeans\n");
        Path openfield = SharedData.data().resolve("openfield-Pranav-2018-10-30");

        CommandRun stored = CommandRun.of("scan", "--top", "1", openfield.toString()).withoutStackTrace();
        CommandRun flagged = CommandRun.of("scan", "--top", "1", "--algorithm", "dbscan", openfield.toString())
                .withoutStackTrace();

        assertTrue(stored.err().contains("scanning with k-means"), stored.err());
        assertTrue(flagged.err().contains("scanning with DBSCAN"), flagged.err());
    }

    @Test
    void aDamagedPreferenceFileLeavesTheDefaults() throws IOException {
        storePreferences(ScanPreferences.ALGORITHM + "=\\u00zz\n");
        Path openfield = SharedData.data().resolve("openfield-Pranav-2018-10-30");

        CommandRun scan = CommandRun.of("scan", "--top", "1", openfield.toString()).withoutStackTrace();

        assertEquals(1, scan.status(), scan.toString());
        assertTrue(scan.err().contains("scanning with Local Outlier Factor"), scan.err());
    }

    /** Writes the workbench's preference file into a workspace of this test's own and names it to the commands. */
    private void storePreferences(String content) throws IOException {
        Path workspace = folder.resolve("workspace");
        Path file = ScanPreferences.preferenceFile(workspace);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        System.setProperty(StoredScanPreferences.WORKSPACE_PROPERTY, workspace.toString());
    }

    @Test
    void unknownNamesAndValuesOutOfRangeAreRefusedInASentence() {
        Path openfield = SharedData.data().resolve("openfield-Pranav-2018-10-30");

        CommandRun algorithm = CommandRun.of("scan", "--algorithm", "magic", openfield.toString()).withoutStackTrace();
        CommandRun parameter = CommandRun.of("scan", "--param", "q=3", openfield.toString()).withoutStackTrace();
        CommandRun range = CommandRun.of("scan", "--param", "k=1", openfield.toString()).withoutStackTrace();
        CommandRun missing = CommandRun.of("scan", folder.resolve("absent").toString()).withoutStackTrace();

        assertEquals(2, algorithm.status());
        assertTrue(algorithm.err().contains("no algorithm named 'magic'"), algorithm.err());
        assertEquals(2, parameter.status());
        assertTrue(parameter.err().contains("has no parameter named 'q'"), parameter.err());
        assertEquals(2, range.status());
        assertTrue(range.err().contains("lof.k"), range.err());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    /** DeepLabCut users pass config.yaml; labeled-data holds the labels in its sub-folders. */
    @Test
    void configYamlAndTheLabeledDataFolderNameTheProjectsLabels() {
        Path project = SharedData.data().resolve("multi_mouse-dlc_team-2022-04-12");

        CommandRun config = CommandRun.of("scan", "--quiet", "--top", "1", project.resolve("config.yaml").toString())
                .withoutStackTrace();
        CommandRun whole = CommandRun.of("scan", "--quiet", "--top", "1", project.toString()).withoutStackTrace();
        CommandRun labeledData = CommandRun.of("scan", "--quiet", "--top", "1",
                project.resolve("labeled-data").toString()).withoutStackTrace();

        assertEquals(whole.status(), config.status(), config.toString());
        assertEquals(whole.out(), config.out());
        assertTrue(labeledData.status() <= PoseScopeCommandLine.PROBLEMS, labeledData.toString());
        Set<String> files = labeledData.out().lines().skip(1).map(line -> line.split(",")[1])
                .collect(Collectors.toSet());
        assertTrue(files.size() >= 1, labeledData.toString());
        assertTrue(files.stream().allMatch(file -> file.contains("/labeled-data/")),
                "the labeled videos' files only, no video outputs: " + files);
        assertTrue(whole.out().contains("/videos/"), "the project itself also has video outputs: " + whole);
    }

    /** A clean status would tell a script that the unreadable file was looked at and found clean. */
    @Test
    void anUnreadableFileBesideACleanOneIsNotClean() throws IOException {
        Path corrupt = Files.writeString(folder.resolve("CollectedData_me.h5"), "not HDF5 at all");
        Path clean = SharedData.caseProject("B02").resolve("labeled-data/vid1/CollectedData_annot.h5");
        CommandRun alone = CommandRun.of("scan", "--quiet", clean.toString()).withoutStackTrace();
        assertEquals(PoseScopeCommandLine.CLEAN, alone.status(), "nothing suspect in B02 by itself: " + alone);

        CommandRun both = CommandRun.of("scan", "--quiet", clean.toString(), corrupt.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, both.status(), both.toString());
        assertTrue(both.err().lines().anyMatch(line -> line.startsWith("skipped: " + corrupt + " is not")),
                both.toString());
        assertEquals(alone.out(), both.out(), "the readable file's report is unchanged");
    }

    /** As check and info do: the missing path is named, the rest is scanned, and the status says not all was. */
    @Test
    void aMissingPathIsNamedAndTheOthersAreStillScanned() {
        Path openfield = SharedData.data().resolve("openfield-Pranav-2018-10-30");
        Path absent = folder.resolve("absent");

        CommandRun scan = CommandRun.of("scan", "--quiet", openfield.toString(), absent.toString())
                .withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, scan.status(), scan.toString());
        assertEquals(absent + " does not exist.", scan.err().strip());
        assertEquals(117, scan.out().lines().count(), "a header and the 116 frames of openfield: " + scan);
    }

    /** A link back up the tree made scan go round the loop and scan the one project once per turn. */
    @Test
    void aSymbolicLinkLoopScansEachFileOnce() throws IOException {
        Path loop = Files.createDirectories(folder.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("B19"), SharedData.caseProject("B19"));
        Files.createSymbolicLink(loop.resolve("self"), Path.of(".."));

        CommandRun scan = CommandRun.of("scan", "--quiet", loop.toString(), loop.resolve("self/loop").toString())
                .withoutStackTrace();

        List<String> rows = scan.out().lines().skip(1).toList();
        assertEquals(2, rows.size(), "B19 has 2 labeled frames in one file: " + scan);
        assertTrue(rows.stream().allMatch(row -> row.contains(",labeled-data/vid1/img00")), scan.toString());
    }

    /** A config.yaml that is not YAML was silent in scan while check reported it; scan now says it and goes on. */
    @Test
    void aBrokenConfigIsWarnedOfWithChecksSentenceAndTheLabelsAreStillScanned() throws IOException {
        Path project = BrokenConfig.project(folder);
        String sentence = BrokenConfig.checkSentence(project);

        CommandRun scan = CommandRun.of("scan", "--quiet", project.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, scan.status(), scan.toString());
        assertEquals(1, scan.err().lines().filter(line -> line.equals("warning: " + sentence)).count(),
                scan.toString());
        assertEquals(3, scan.out().lines().count(), "a header and B19's 2 frames: " + scan);
    }

    /** B08's two videos each hold a CollectedData_annot file; the skipped one must be told apart. */
    @Test
    void aSkippedFileIsNamedByItsWholePath() {
        Path project = SharedData.caseProject("B08");

        CommandRun scan = CommandRun.of("scan", "--quiet", project.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, scan.status(), scan.toString());
        assertTrue(scan.err().contains("skipped: " + project.resolve("labeled-data/vid2/CollectedData_annot.csv")
                + " has blank cells in its bodyparts header row"), scan.toString());
    }
}
