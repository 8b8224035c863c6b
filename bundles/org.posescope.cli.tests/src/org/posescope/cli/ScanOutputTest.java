package org.posescope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.posescope.testsupport.SharedData;

/**
 * {@code posescope scan --output FILE}: the report appears whole or not at all, and a path that cannot take it is
 * refused with a sentence naming that path, never a temporary file.
 */
class ScanOutputTest {

    private static final Path OPENFIELD_H5 = Path.of("openfield-Pranav-2018-10-30/labeled-data/m4s1"
            + "/CollectedData_Pranav.h5");

    @TempDir
    Path folder;

    @Test
    void reportReplacesAnOlderOneWholeAndReadableByOthers() throws IOException {
        Path report = Files.writeString(folder.resolve("report.csv"), "an older report\n".repeat(10_000));

        CommandRun run = CommandRun.of("scan", "--quiet", "--output", report.toString(),
                SharedData.data().resolve(OPENFIELD_H5).toString()).withoutStackTrace();

        assertTrue(run.status() <= PoseScopeCommandLine.PROBLEMS, run.toString());
        List<String> lines = Files.readAllLines(report);
        assertEquals(String.join(",", ScanReportWriter.COLUMNS), lines.get(0));
        assertEquals(117, lines.size(), "a header and the 116 frames, nothing of the older report");
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(report));
        assertEquals(List.of(report), entries(folder), "no temporary file is left");
    }

    @Test
    void outputThatIsAFolderIsRefusedBeforeScanningAndNamed() throws IOException {
        Path output = Files.createDirectory(folder.resolve("report.csv"));

        CommandRun run = CommandRun.of("scan", "--quiet", "--output", output.toString(),
                SharedData.data().resolve(OPENFIELD_H5).toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertEquals(output + " is a folder; name a file to write the report to.", run.err().strip());
        assertEquals(List.of(output), entries(folder), "no .bak or temporary file beside it");
    }

    @Test
    void outputBelowAFileNamesTheUsersPathAndNoTemporaryFile() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "a file, not a folder");
        Path output = notAFolder.resolve("report.csv");

        CommandRun run = CommandRun.of("scan", "--quiet", "--output", output.toString(),
                SharedData.data().resolve(OPENFIELD_H5).toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertEquals("The report could not be written to " + output + ": a part of the folder path " + notAFolder
                + " is a file, not a folder.", run.err().strip());
    }

    /** A report that fails halfway (a full disk, an interrupted scan) leaves the previous report as it was. */
    @Test
    void failureWhileWritingLeavesThePreviousReportUntouched() throws IOException {
        Path report = Files.writeString(folder.resolve("report.csv"), "rank,file\n1,previous.h5\n");

        assertThrows(ReportFile.WriteFailedException.class, () -> ReportFile.write(report, writer -> {
            writer.write("rank,file\n1,half");
            writer.flush();
            throw new IOException("No space left on device");
        }));

        assertEquals("rank,file\n1,previous.h5\n", Files.readString(report));
        assertEquals(List.of(report), entries(folder), "the half-written temporary file is removed");
    }

    @Test
    void outputInAMissingFolderSaysSoWithoutATemporaryFile() {
        Path output = folder.resolve("absent/deeper/out.csv");

        CommandRun run = CommandRun.of("scan", "--quiet", "--output", output.toString(),
                SharedData.data().resolve(OPENFIELD_H5).toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertEquals("The report could not be written to " + output + ": the folder " + folder.resolve("absent")
                + " does not exist; create it first or name another.", run.err().strip());
    }

    /** The report renamed over the label file it checks would destroy the labels: refused, the file untouched. */
    @ParameterizedTest
    @ValueSource(strings = {"CollectedData_me.h5", "CollectedData_me.csv", "labels.csv"})
    void outputThatIsAScannedLabelFileIsRefusedAndTheFileKept(String name) throws IOException {
        Path labels = copyOfOpenfieldAs(name);
        byte[] before = Files.readAllBytes(labels);
        // Spelt differently from the scanned path, as a user may: the comparison is by real path.
        Path output = folder.resolve("sub/..").resolve(name);
        Files.createDirectory(folder.resolve("sub"));

        CommandRun run = CommandRun.of("scan", "--quiet", "--output", output.toString(), labels.toString())
                .withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.toString());
        assertTrue(run.err().startsWith(output.toString()), run.toString());
        assertArrayEquals(before, Files.readAllBytes(labels), "the label file is as it was");
    }

    @Test
    void outputNamedLikeHdf5IsRefusedEvenWhenNew() {
        Path output = folder.resolve("report.hdf5");

        CommandRun run = CommandRun.of("scan", "--quiet", "--output", output.toString(),
                SharedData.data().resolve(OPENFIELD_H5).toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertEquals(output + " is named like an HDF5 label file, but a report is CSV or JSON; name it .csv or"
                + " .json.", run.err().strip());
        assertFalse(Files.exists(output));
    }

    /** The csv twin of the scanned h5 is not scanned itself, but it holds the same labels. */
    @ParameterizedTest
    @ValueSource(strings = {"CollectedData_me.csv", "labels-exported.csv"})
    void outputThatIsAnotherLabelFileIsRefused(String name) throws IOException {
        Path labels = Files.copy(SharedData.data().resolve(OPENFIELD_H5.resolveSibling("CollectedData_Pranav.csv")),
                folder.resolve(name));
        byte[] before = Files.readAllBytes(labels);

        CommandRun run = CommandRun.of("scan", "--quiet", "--output", labels.toString(),
                SharedData.data().resolve(OPENFIELD_H5).toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertEquals(labels + " is a DeepLabCut label file; name another file for the report so that the labels"
                + " are not overwritten.", run.err().strip());
        assertArrayEquals(before, Files.readAllBytes(labels));
    }

    /** Running the same scan again must still replace its own previous report. */
    @Test
    void aPreviousReportIsReplacedNotTakenForLabels() throws IOException {
        Path report = folder.resolve("report.csv");
        String h5 = SharedData.data().resolve(OPENFIELD_H5).toString();
        CommandRun first = CommandRun.of("scan", "--quiet", "--output", report.toString(), h5).withoutStackTrace();

        CommandRun second = CommandRun.of("scan", "--quiet", "--output", report.toString(), h5).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.PROBLEMS, first.status(), first.toString());
        assertEquals(PoseScopeCommandLine.PROBLEMS, second.status(), second.toString());
        assertEquals(117, Files.readAllLines(report).size());
    }

    private Path copyOfOpenfieldAs(String name) throws IOException {
        Path source = name.endsWith(".h5") ? SharedData.data().resolve(OPENFIELD_H5)
                : SharedData.data().resolve(OPENFIELD_H5.resolveSibling("CollectedData_Pranav.csv"));
        return Files.copy(source, folder.resolve(name));
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.sorted().toList();
            assertFalse(all.stream().anyMatch(path -> path.getFileName().toString().endsWith(".tmp")),
                    all::toString);
            return all;
        }
    }
}
