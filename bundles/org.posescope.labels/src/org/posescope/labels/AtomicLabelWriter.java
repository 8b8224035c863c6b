package org.posescope.labels;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a label table so that the file on disk is at every moment either the old one or a complete, verified new
 * one: write to a temporary file in the same folder, force it to disk, read it back and compare with the table,
 * copy the old file to {@code <name>.bak}, then rename the new file over the old one atomically.
 *
 * <p>If the read-back differs, nothing is replaced and a {@link SaveVerificationException} says so.
 */
public final class AtomicLabelWriter {

    /** Writes a table to a file in one format. */
    @FunctionalInterface
    public interface Encoder {
        void write(LabelTable table, Path file) throws IOException;
    }

    /** Reads a file of the same format back. */
    @FunctionalInterface
    public interface Decoder {
        LabelTable read(Path file) throws IOException;
    }

    /** The suffix of the copy of the previous file kept at each save. */
    public static final String BACKUP_SUFFIX = ".bak";

    private static final Logger LOG = LoggerFactory.getLogger(AtomicLabelWriter.class);

    private final Encoder encoder;
    private final Decoder decoder;

    public AtomicLabelWriter(Encoder encoder, Decoder decoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** The backup a save keeps of {@code target}'s previous content. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    public void save(LabelTable table, Path target) throws LabelFileException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new LabelFileException(target, "No temporary file can be created beside " + target.getFileName()
                    + ": " + e.getMessage() + ".", e);
        }

        try {
            encoder.write(table, temporary);
            forceToDisk(temporary);
            verify(table, temporary, target);
            if (Files.exists(absolute)) {
                Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder);
            LOG.info("Saved {} rows to {}", table.rowCount(), absolute);
        } catch (LabelFileException e) {
            throw e;
        } catch (AtomicMoveNotSupportedException e) {
            throw new LabelFileException(target, "The folder of " + target.getFileName() + " does not allow an"
                    + " atomic rename, so the file was not replaced.", e);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Saving {} failed", target, e);
            throw new LabelFileException(target, "The labels could not be saved to " + target.getFileName() + ": "
                    + e.getMessage() + "; the previous file is unchanged.", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private void verify(LabelTable table, Path written, Path target) throws IOException {
        LabelTable reread;
        try {
            reread = decoder.read(written);
        } catch (IOException e) {
            throw new SaveVerificationException(target, "The new " + target.getFileName() + " could not be read"
                    + " back (" + e.getMessage() + "), so the previous file was kept.", e);
        }
        if (!reread.sameContent(table)) {
            throw new SaveVerificationException(target, "The new " + target.getFileName() + " did not read back as"
                    + " the labels saved (" + TableDifference.describe(table, reread) + "), so the previous file"
                    + " was kept.");
        }
    }

    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable where the system allows syncing a folder. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot sync folder {}: {}", folder, e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary file {}: {}", file, e.getMessage());
        }
    }
}
