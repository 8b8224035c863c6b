package org.posescope.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.posescope.labels.FileProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a report so that its file is at every moment either absent, the previous report, or the complete new
 * one: the text goes to a temporary file in the same folder, which is then renamed over the target. A scan that
 * fails or is interrupted while writing thus never leaves half a report for a script to read.
 */
final class ReportFile {

    /** Writes the report's text. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** A report that could not be written; the message names the user's path and the problem. */
    static final class WriteFailedException extends IOException {

        private static final long serialVersionUID = 1L;

        WriteFailedException(String sentence, Throwable cause) {
            super(sentence, cause);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReportFile.class);

    private ReportFile() {
    }

    /**
     * Refuses a folder, or a file in a folder that does not exist, as the report's file at once, rather than after
     * a scan of many minutes.
     */
    static void refuseUnwritable(Path target) throws WriteFailedException {
        if (Files.isDirectory(target)) {
            throw new WriteFailedException(target + " is a folder; name a file to write the report to.", null);
        }
        Optional<String> missingFolder = FileProblems.missingFolder(target);
        if (missingFolder.isPresent()) {
            throw new WriteFailedException("The report could not be written to " + target + ": "
                    + missingFolder.get() + ".", null);
        }
    }

    static void write(Path target, Content content) throws WriteFailedException {
        refuseUnwritable(target);
        Path absolute = target.toAbsolutePath();
        Path temporary;
        try {
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw failed(target, null, e);
        }

        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            makeReadableLikeANewFile(temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new WriteFailedException("The folder of " + target + " does not allow an atomic rename, so the"
                    + " report was not written.", e);
        } catch (IOException | RuntimeException e) {
            throw failed(target, temporary, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** A temporary file is readable by its owner alone; a report is read by colleagues and their scripts too. */
    private static void makeReadableLikeANewFile(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static WriteFailedException failed(Path target, Path temporary, Exception e) {
        LOG.debug("Writing the report {} failed", target, e);
        return new WriteFailedException("The report could not be written to " + target + ": "
                + FileProblems.writeFailure(target, temporary, e) + ".", e);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary file {}: {}", file, e.getMessage());
        }
    }
}
