package org.posescope.labels;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Says in a user's words why the file system refused to read or write a file. Libraries report such failures with
 * the path they opened (for a save, a hidden temporary file) and a class name; a biologist needs the path she gave
 * and what to change: a permission, a folder where a file was meant, a full or read-only disk.
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

    /**
     * Why {@code target} cannot be written because its folder is not there, as a phrase like {@link #writeFailure}'s:
     * "the folder /data/out does not exist; create it first or name another", or "a part of the folder path
     * /data/notes.txt is a file, not a folder". Empty when the folder exists. A writer asks this before it makes its
     * temporary file, whose failure would name that file rather than the user's folder.
     */
    public static Optional<String> missingFolder(Path target) {
        // Not normalised: "sub/../x.csv" needs sub to exist, so the folders are looked at as the user spelt them.
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || Files.isDirectory(folder)) {
            return Optional.empty();
        }
        for (int count = 1; count <= folder.getNameCount(); count++) {
            Path part = folder.getRoot().resolve(folder.subpath(0, count));
            if (!Files.exists(part)) {
                return Optional.of(missingFolderPhrase(part.normalize()));
            }
            if (!Files.isDirectory(part)) {
                return Optional.of("a part of the folder path " + part.normalize() + " is a file, not a folder");
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code target} could not be written, as a phrase that names the user's path or its folder and never a
     * temporary file: "there is no permission to write in the folder /data/out", "the disk is full".
     */
    public static String writeFailure(Path target, Throwable error) {
        Path folder = target.toAbsolutePath().getParent();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return "there is no permission to write in the folder " + folder;
            }
            if (cause instanceof FileAlreadyExistsException || cause instanceof NotDirectoryException) {
                return "a part of the folder path " + folder + " is a file, not a folder";
            }
            if (cause instanceof NoSuchFileException) {
                // The folder went away after it was looked for; the exception names the temporary file.
                return missingFolder(target)
                        .orElse("the folder " + folder + " changed while the file was being written");
            }
            if (cause instanceof FileSystemException system) {
                // Without a reason, the message is only the path opened, which may be a temporary file.
                return system.getReason() == null ? "the folder " + folder + " refused the new file"
                        : reasonInWords(system.getReason(), folder);
            }
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName()
                : reasonInWords(message, folder);
    }

    /**
     * {@link #writeFailure(Path, Throwable)} for a write through the temporary file {@code temporary}: a library's
     * own message may name that file, which the user never made, so it is replaced by the user's {@code target}.
     */
    public static String writeFailure(Path target, Path temporary, Throwable error) {
        String phrase = writeFailure(target, error);
        if (temporary == null) {
            return phrase;
        }
        return phrase.replace(temporary.toAbsolutePath().toString(), target.toString())
                .replace(temporary.getFileName().toString(), target.getFileName().toString());
    }

    private static String missingFolderPhrase(Path folder) {
        return "the folder " + folder + " does not exist; create it first or name another";
    }

    private static String reasonInWords(String reason, Path folder) {
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("read-only file system")) {
            return "the folder " + folder + " is on a read-only disk";
        }
        if (lower.contains("no space left")) {
            return "the disk holding " + folder + " is full";
        }
        if (lower.contains("permission denied")) {
            return "there is no permission to write in the folder " + folder;
        }
        if (lower.contains("not a directory")) {
            return "a part of the folder path " + folder + " is a file, not a folder";
        }
        return reason;
    }

    private static boolean isFolderReason(String reason) {
        return reason != null && reason.toLowerCase(Locale.ROOT).contains("is a directory");
    }
}
