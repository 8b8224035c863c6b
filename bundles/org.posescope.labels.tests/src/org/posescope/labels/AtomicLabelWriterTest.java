package org.posescope.labels;

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
import org.posescope.labels.csv.CsvLabelReader;
import org.posescope.labels.csv.CsvLabelWriter;
import org.posescope.labels.hdf5.Hdf5LabelReader;
import org.posescope.labels.hdf5.Hdf5LabelWriter;

/** A save replaces the file only with a verified new one and keeps the previous content as a backup. */
class AtomicLabelWriterTest {

    @TempDir
    Path folder;

    private static LabelTable table(double nose) {
        List<ColumnKey> columns = List.of(ColumnKey.single("annot", "nose", "x"), ColumnKey.single("annot", "nose",
                "y"));
        List<RowKey> rows = List.of(new RowKey.Image("labeled-data", "vid1", "img000.png"),
                new RowKey.Image("labeled-data", "vid1", "img001.png"));
        double[][] values = {{nose, 2.5}, {Double.NaN, Double.NaN}};
        return new LabelTable(columns, rows, new ValueType[] {ValueType.FLOAT64, ValueType.FLOAT64}, values, false);
    }

    @Test
    void aSaveKeepsTheReplacedFilesPermissionsAndGivesNewFilesReadableOnes() throws IOException {
        Path h5 = folder.resolve("CollectedData_annot.h5");
        LabelFiles.save(table(1.0), h5);
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(h5));

        Files.setPosixFilePermissions(h5, PosixFilePermissions.fromString("rw-rw-r--"));
        LabelFiles.save(table(2.0), h5);

        assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), Files.getPosixFilePermissions(h5));
    }

    @Test
    void saveKeepsBackupAndWritesVerifiedFile() throws IOException {
        Path h5 = folder.resolve("CollectedData_annot.h5");
        LabelFiles.save(table(1.0), h5);
        byte[] first = Files.readAllBytes(h5);

        LabelFiles.save(table(7.25), h5);

        assertArrayEquals(first, Files.readAllBytes(AtomicLabelWriter.backupOf(h5)));
        assertEquals(7.25, LabelFiles.read(h5).table().value(0, 0));
        assertEquals(7.25, LabelFiles.read(folder.resolve("CollectedData_annot.csv")).table().value(0, 0));
        assertTrue(Files.exists(folder.resolve("CollectedData_annot.csv.bak")));
        assertNoTemporaryFiles();
    }

    @Test
    void aFileThatReadsBackDifferentlyReplacesNothing() throws IOException {
        Path h5 = folder.resolve("CollectedData_annot.h5");
        LabelFiles.save(table(1.0), h5);
        byte[] before = Files.readAllBytes(h5);

        // An encoder that stores another value than the table holds: verification must catch it.
        Hdf5LabelWriter writer = new Hdf5LabelWriter();
        AtomicLabelWriter atomic = new AtomicLabelWriter((table, file) -> writer.write(table(99.0), file),
                file -> new Hdf5LabelReader().read(file).table());
        SaveVerificationException error = assertThrows(SaveVerificationException.class,
                () -> atomic.save(table(7.25), h5));

        assertTrue(error.getMessage().contains("CollectedData_annot.h5"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(h5));
        assertFalse(Files.exists(AtomicLabelWriter.backupOf(h5)), "no backup is made for a save that failed");
        assertNoTemporaryFiles();
    }

    @Test
    void aWriterFailureBeforeTheRenameLeavesTheOldFile() throws IOException {
        Path csv = folder.resolve("CollectedData_annot.csv");
        new AtomicLabelWriter(new CsvLabelWriter()::write, file -> new CsvLabelReader().read(file).table())
                .save(table(1.0), csv);
        byte[] before = Files.readAllBytes(csv);

        AtomicLabelWriter failing = new AtomicLabelWriter((table, file) -> {
            Files.writeString(file, "scorer,annot\n");
            throw new IOException("disk full");
        }, file -> new CsvLabelReader().read(file).table());
        LabelFileException error = assertThrows(LabelFileException.class, () -> failing.save(table(3.0), csv));

        assertTrue(error.getMessage().contains("disk full") && error.getMessage().contains("unchanged"),
                error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(csv));
        assertNoTemporaryFiles();
    }

    @Test
    void aSaveRemovesOnlyTheTemporaryFilesOfWritersThatNoLongerRun() throws Exception {
        Path h5 = folder.resolve("CollectedData_annot.h5");
        LabelFiles.save(table(1.0), h5);
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path ofEndedWriter = Files.writeString(folder.resolve(".CollectedData_annot.h5.pid" + ended.pid()
                + "-123.tmp"), "half written");
        Path ofRunningWriter = Files.writeString(folder.resolve(".CollectedData_annot.h5.pid"
                + ProcessHandle.current().pid() + "-456.tmp"), "being written");
        Path ofOtherFile = Files.writeString(folder.resolve(".CollectedData_other.h5.pid" + ended.pid()
                + "-789.tmp"), "another file's");

        assertEquals(List.of(ofEndedWriter), AtomicLabelWriter.staleTemporaryFiles(h5));
        LabelFiles.save(table(2.0), h5);

        assertFalse(Files.exists(ofEndedWriter), "the dead writer's temporary file is removed");
        assertTrue(Files.exists(ofRunningWriter), "a running writer's temporary file is kept");
        assertTrue(Files.exists(ofOtherFile), "another file's temporary file is left to its own saves");
        assertEquals(2.0, LabelFiles.read(h5).table().value(0, 0));
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(path -> path.getFileName().toString().endsWith(".tmp")).toList());
        }
    }
}
