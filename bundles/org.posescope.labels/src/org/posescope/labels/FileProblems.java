package org.posescope.labels;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Says in a user's words why the file system refused to read or write a file. Libraries report such failures with
 * the path they opened (for a save, a hidden temporary file) and a class name; a biologist needs the path she gave
 * and what to change: a permission, a folder where a file was meant.
 */
public final class FileProblems {

    private FileProblems() {
    }

    /**
     * Refuses, before a reader opens it, a label file that is missing, is a folder or may not be read, so that the
     * user is not told that her file is "not HDF5" when the file system stopped the reader.
     */
    public static void requireReadableFile(Path file) throws LabelFileException {
        if (!Files.exists(file)) {
            throw new LabelFileException(file, "The label file " + file + " does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new LabelFileException(file, file + " is a folder, not a label file.");
        }
        if (!Files.isReadable(file)) {
            throw new LabelFileException(file, file + " cannot be read: permission denied (its owner can allow"
                    + " reading with chmod a+r).");
        }
    }

    /**
     * The sentence for a read that failed because of the file system rather than the file's content, found
     * anywhere in the chain of causes (jHDF, for one, wraps it in its own exception); empty otherwise.
     */
    public static Optional<String> readFailure(Path file, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return Optional.of(file + " cannot be read: permission denied (its owner can allow reading with"
                        + " chmod a+r).");
            }
            if (cause instanceof NoSuchFileException) {
                return Optional.of("The label file " + file + " does not exist.");
            }
            if (cause instanceof FileSystemException system && isFolderReason(system.getReason())) {
                return Optional.of(file + " is a folder, not a label file.");
            }
        }
        return Optional.empty();
    }

    private static boolean isFolderReason(String reason) {
        return reason != null && reason.toLowerCase(Locale.ROOT).contains("is a directory");
    }
}
