package org.posescope.labels;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a label table so that the file on disk is at every moment either the old one or a complete, verified new
 * one: write to a temporary file in the same folder, force it to disk, read it back and compare with the table,
 * copy the old file to {@code <name>.bak}, then rename the new file over the old one atomically.
 *
 * <p>If the read-back differs, nothing is replaced and a {@link SaveVerificationException} says so.
 *
 * <p>A writer killed midway leaves its temporary file behind. The temporary file's name carries the id of the
 * process that writes it, so a later save of the same file removes the ones whose writer no longer runs.
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

    private static final String PROCESS_MARK = ".pid";
    private static final String TEMPORARY_SUFFIX = ".tmp";

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

    /**
     * The temporary files of saves of {@code target} whose writing process no longer runs, left by a writer that
     * was killed or crashed before it could rename or delete them.
     */
    public static List<Path> staleTemporaryFiles(Path target) throws IOException {
        // TODO [2026-12]: the process id is looked up on this machine; in a folder shared over the network, a save
        // running on another machine looks stale and its temporary file is removed, so that save fails (safely).
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        List<Path> stale = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return stale;
        }
        String prefix = temporaryPrefix(absolute);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> isTemporaryOf(file, prefix)).forEach(file -> {
                OptionalLong writer = writerOf(file, prefix);
                boolean running = writer.isPresent() && ProcessHandle.of(writer.getAsLong())
                        .map(ProcessHandle::isAlive).orElse(false);
                if (!running) {
                    stale.add(file);
                }
            });
        }
        return stale;
    }

    /**
     * Gives the new file the permissions of the one it replaces, or those a new file usually gets; a temporary file
     * is readable by its owner alone, and lab colleagues (or DeepLabCut under another account) must still read it.
     */
    private static void keepPermissions(Path replaced, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(replaced) ? Files.getPosixFilePermissions(replaced)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    public void save(LabelTable table, Path target) throws LabelFileException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            // Checked first: the backup step would otherwise copy the folder to a stray <name>.bak folder.
            throw new LabelFileException(target, target + " is a folder; name a file to write the labels to.");
        }
        // A missing folder is refused, not made: a mistyped path must not quietly grow a new folder tree.
        Optional<String> missingFolder = FileProblems.missingFolder(absolute);
        if (missingFolder.isPresent()) {
            throw new LabelFileException(target, "The labels could not be saved to " + target + ": "
                    + missingFolder.get() + ".");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, temporaryPrefix(absolute) + ProcessHandle.current().pid() + "-",
                    TEMPORARY_SUFFIX);
        } catch (IOException e) {
            LOG.debug("Cannot create a temporary file beside {}", target, e);
            throw new LabelFileException(target, "The labels could not be saved to " + target + ": "
                    + FileProblems.writeFailure(target, e) + ".", e);
        }

        try {
            encoder.write(table, temporary);
            forceToDisk(temporary);
            verify(table, temporary, target);
            if (Files.exists(absolute)) {
                Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            keepPermissions(absolute, temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder);
            LOG.info("Saved {} rows to {}", table.rowCount(), absolute);
            removeStaleTemporaryFiles(absolute);
        } catch (LabelFileException e) {
            throw e;
        } catch (AtomicMoveNotSupportedException e) {
            throw new LabelFileException(target, "The folder of " + target.getFileName() + " does not allow an"
                    + " atomic rename, so the file was not replaced.", e);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Saving {} failed", target, e);
            throw new LabelFileException(target, "The labels could not be saved to " + target + ": "
                    + FileProblems.writeFailure(target, temporary, e) + "; the previous file is unchanged.", e);
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

    /** {@code .<name>.pid}: what every temporary file of a save of {@code target} starts with. */
    private static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + PROCESS_MARK;
    }

    private static boolean isTemporaryOf(Path file, String prefix) {
        String name = file.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(TEMPORARY_SUFFIX) && Files.isRegularFile(file);
    }

    /** The process id in {@code .<name>.pid<id>-<random>.tmp}, empty when the name does not carry one. */
    private static OptionalLong writerOf(Path file, String prefix) {
        String name = file.getFileName().toString();
        int dash = name.indexOf('-', prefix.length());
        if (dash < 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(name.substring(prefix.length(), dash)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Best effort: a stale file that cannot be listed or deleted now is tried again at the next save. */
    private static void removeStaleTemporaryFiles(Path target) {
        try {
            for (Path stale : staleTemporaryFiles(target)) {
                LOG.info("Removing {}, left by an earlier save of {} that did not finish", stale.getFileName(),
                        target.getFileName());
                deleteQuietly(stale);
            }
        } catch (IOException e) {
            LOG.warn("Cannot look for stale temporary files beside {}: {}", target, e.getMessage());
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
