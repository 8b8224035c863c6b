package org.posescope.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.SharedData;

/**
 * A save or a conversion that the file system refuses says so with the path the user gave and what is wrong, never
 * with the hidden temporary file the writer was using, and leaves nothing behind.
 */
class UnwritableTargetTest {

    private static final Path OPENFIELD_H5 = Path.of("openfield-Pranav-2018-10-30/labeled-data/m4s1"
            + "/CollectedData_Pranav.h5");

    @TempDir
    Path scratch;

    @Test
    void savingOntoAFolderNamesTheFolderAndLeavesNoBackupFolder() throws IOException {
        Path folder = Files.createDirectory(scratch.resolve("CollectedData_me.h5"));
        LabelTable table = LabelFiles.read(SharedData.data().resolve(OPENFIELD_H5)).table();

        LabelFileException refused = assertThrows(LabelFileException.class, () -> LabelFiles.save(table, folder));

        assertEquals(folder + " is a folder; name a file to write the labels to.", refused.getMessage());
        assertEquals(List.of(folder), entries(scratch), "no .bak folder, no temporary file");
    }

    @Test
    void convertingOntoAFolderNamesTheFolderAndLeavesNoBackupFolder() throws IOException {
        Path folder = Files.createDirectory(scratch.resolve("labels.csv"));

        LabelFileException refused = assertThrows(LabelFileException.class,
                () -> LabelFiles.convert(SharedData.data().resolve(OPENFIELD_H5), folder));

        assertEquals(folder + " is a folder; name a file to write the labels to.", refused.getMessage());
        assertEquals(List.of(folder), entries(scratch));
    }

    @Test
    void folderPathThroughAFileIsNamedWithoutTemporaryFiles() throws IOException {
        Path notAFolder = Files.writeString(scratch.resolve("notes.txt"), "a file, not a folder");
        Path out = notAFolder.resolve("labels.csv");

        LabelFileException refused = assertThrows(LabelFileException.class,
                () -> LabelFiles.convert(SharedData.data().resolve(OPENFIELD_H5), out));

        assertEquals("The labels could not be saved to " + out + ": a part of the folder path " + notAFolder
                + " is a file, not a folder.", refused.getMessage());
    }

    @Test
    void readOnlyFolderSaysPermissionAndNamesTheFolder() throws IOException {
        Path folder = Files.createDirectory(scratch.resolve("locked"));
        Path out = folder.resolve("labels.csv");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder), "running as root, who may write in " + folder
                    + " anyway; the sentence is covered by permissionDeniedOnATemporaryFileNamesTheUsersFolder");

            LabelFileException refused = assertThrows(LabelFileException.class,
                    () -> LabelFiles.convert(SharedData.data().resolve(OPENFIELD_H5), out));

            assertEquals("The labels could not be saved to " + out + ": there is no permission to write in the"
                    + " folder " + folder + ".", refused.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** What {@code Files.createTempFile} throws in a read-only folder: the temporary file's name, nothing else. */
    @Test
    void permissionDeniedOnATemporaryFileNamesTheUsersFolder() {
        Path out = scratch.resolve("out/labels.csv");
        AccessDeniedException denied = new AccessDeniedException(out.resolveSibling(".labels.csv.pid42-7.tmp")
                .toString());

        String phrase = FileProblems.writeFailure(out, denied);

        assertEquals("there is no permission to write in the folder " + out.getParent(), phrase);
    }

    @Test
    void fullAndReadOnlyDisksAreSaidInWords() {
        Path out = scratch.resolve("labels.h5");
        Path temporary = scratch.resolve(".labels.h5.pid42-7.tmp");

        String full = FileProblems.writeFailure(out, new IOException("No space left on device"));
        String readOnly = FileProblems.writeFailure(out, new FileSystemException(temporary.toString(), null,
                "Read-only file system"));

        assertEquals("the disk holding " + scratch + " is full", full);
        assertEquals("the folder " + scratch + " is on a read-only disk", readOnly);
        assertFalse(full.contains(".tmp") || readOnly.contains(".tmp"));
    }

    /** A mistyped folder must not quietly grow into a new folder tree holding the only copy of the output. */
    @Test
    void missingFolderIsRefusedNamedAndNotCreated() {
        Path out = scratch.resolve("typo/deeper/labels.csv");

        LabelFileException refused = assertThrows(LabelFileException.class,
                () -> LabelFiles.convert(SharedData.data().resolve(OPENFIELD_H5), out));

        assertEquals("The labels could not be saved to " + out + ": the folder " + scratch.resolve("typo")
                + " does not exist; create it first or name another.", refused.getMessage());
        assertFalse(Files.exists(scratch.resolve("typo")), "no folder was made");
    }

    /** What a writer meets when its folder is removed under it: the temporary file's name, and no reason. */
    @Test
    void missingTemporaryFileNamesTheUsersFolderNotTheTemporaryFile() {
        Path out = scratch.resolve("gone/labels.csv");
        Path temporary = out.resolveSibling(".labels.csv.pid42-7.tmp");

        String phrase = FileProblems.writeFailure(out, temporary, new NoSuchFileException(temporary.toString()));

        assertEquals("the folder " + scratch.resolve("gone") + " does not exist; create it first or name another",
                phrase);
    }

    /** A library's own message may name the temporary file; the user sees her file instead. */
    @Test
    void aLibraryMessageNamingTheTemporaryFileNamesTheTargetInstead() {
        Path out = scratch.resolve("labels.h5");
        Path temporary = scratch.resolve(".labels.h5.pid42-7.tmp");

        String phrase = FileProblems.writeFailure(out, temporary, new IOException("Cannot write dataset in "
                + temporary));

        assertEquals("Cannot write dataset in " + out, phrase);
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.sorted().toList();
            assertTrue(all.stream().noneMatch(path -> path.getFileName().toString().endsWith(".tmp")), all::toString);
            return all;
        }
    }
}
