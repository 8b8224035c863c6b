package org.posescope.cli;

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

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.sorted().toList();
            assertFalse(all.stream().anyMatch(path -> path.getFileName().toString().endsWith(".tmp")),
                    all::toString);
            return all;
        }
    }
}
