package org.posescope.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.posescope.testsupport.SharedData;

import io.jhdf.exceptions.HdfException;

/**
 * A label file the file system will not let PoseScope read is reported as such, naming the file, and never as a
 * file that is "not HDF5" or "not CSV", which would send a biologist looking for a broken file.
 */
class UnreadableLabelFileTest {

    private static final Path OPENFIELD_H5 = Path.of("openfield-Pranav-2018-10-30/labeled-data/m4s1"
            + "/CollectedData_Pranav.h5");
    private static final Path MULTI_MOUSE_CSV = Path.of("multi_mouse-dlc_team-2022-04-12/labeled-data"
            + "/m3v1mp4short/CollectedData_dlc_team.csv");

    @TempDir
    Path scratch;

    @ParameterizedTest
    @ValueSource(strings = {"h5", "csv"})
    void fileWithoutReadPermissionSaysPermissionDenied(String extension) throws IOException {
        Path source = SharedData.data().resolve(extension.equals("h5") ? OPENFIELD_H5 : MULTI_MOUSE_CSV);
        Path file = Files.copy(source, scratch.resolve("CollectedData_me." + extension));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as root, who may read " + file + " anyway;"
                + " the permission message is covered through the jHDF exception chain below");

        LabelFileException refused = assertThrows(LabelFileException.class, () -> LabelFiles.read(file));

        assertEquals(file + " cannot be read: permission denied (its owner can allow reading with chmod a+r).",
                refused.getMessage());
    }

    /** jHDF reports a refused open as "Failed to open file ... Is it a HDF5 file?", with the real cause below. */
    @Test
    void permissionDeniedInsideAJhdfFailureIsNamedAsSuch() {
        Path file = scratch.resolve("CollectedData_me.h5");
        HdfException jhdfFailure = new HdfException("Failed to open file '" + file + "' . Is it a HDF5 file?",
                new AccessDeniedException(file.toString()));

        Optional<String> sentence = FileProblems.readFailure(file, jhdfFailure);

        assertEquals(Optional.of(file + " cannot be read: permission denied (its owner can allow reading with"
                + " chmod a+r)."), sentence);
    }

    @Test
    void contentProblemsAreLeftToTheReaders() {
        Path file = scratch.resolve("CollectedData_me.h5");

        assertEquals(Optional.empty(), FileProblems.readFailure(file, new HdfException("Superblock not found")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h5", "csv"})
    void folderWhereAFileIsExpectedIsNamedAsAFolder(String extension) throws IOException {
        Path folder = Files.createDirectory(scratch.resolve("CollectedData_me." + extension));

        LabelFileException refused = assertThrows(LabelFileException.class, () -> LabelFiles.read(folder));

        assertEquals(folder + " is a folder, not a label file.", refused.getMessage());
        assertFalse(refused instanceof UnsupportedLayoutException, "a folder is not a layout problem");
    }

    @Test
    void textFileNamedH5IsNotAnHdf5File() throws IOException {
        Path file = Files.writeString(scratch.resolve("CollectedData_me.h5"), "scorer,,,me\n");

        LabelFileException refused = assertThrows(LabelFileException.class, () -> LabelFiles.read(file));

        assertTrue(refused.getMessage().startsWith("CollectedData_me.h5 is not an HDF5 file"), refused.getMessage());
    }

    @Test
    void emptyH5FileIsSaidToBeEmpty() throws IOException {
        Path file = Files.createFile(scratch.resolve("CollectedData_me.h5"));

        LabelFileException refused = assertThrows(LabelFileException.class, () -> LabelFiles.read(file));

        assertEquals("CollectedData_me.h5 is empty (0 bytes), so it holds no labels.", refused.getMessage());
    }

    /** As {@code head -c 5000 real.h5 > t.h5}: jHDF fails deep inside with "Failed to read chunk ... at address". */
    @ParameterizedTest
    @ValueSource(ints = {5000, 40})
    void truncatedH5FileIsSaidToBeTruncated(int keptBytes) throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.data().resolve(OPENFIELD_H5));
        Path file = Files.write(scratch.resolve("CollectedData_me.h5"), Arrays.copyOf(whole, keptBytes));

        LabelFileException refused = assertThrows(LabelFileException.class, () -> LabelFiles.read(file));

        assertTrue(refused.getMessage().startsWith("CollectedData_me.h5 is truncated"), refused.getMessage());
        assertFalse(refused.getMessage().contains("address"), refused.getMessage());
    }
}
