package org.posescope.labels.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.jhdf.Superblock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells, after jHDF failed on a file, whether the file itself is the reason: empty, not HDF5 at all, or shorter than
 * its superblock says (cut off while being copied or saved). jHDF reports these only as "No valid HDF5 signature
 * found" or "Failed to read chunk ... at address 6880", which a biologist cannot act on.
 */
final class Hdf5FileDamage {

    private static final Logger LOG = LoggerFactory.getLogger(Hdf5FileDamage.class);

    /** The eight bytes every HDF5 superblock starts with. */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    /** The HDF5 format looks for the superblock at 0, 512, 1024, 2048, ... bytes. */
    private static final long FIRST_SKIPPED_OFFSET = 512;

    private Hdf5FileDamage() {
    }

    /**
     * A sentence naming the file and what is wrong with it as a file, or empty when it looks like a whole HDF5 file
     * (and the failure lies in its content).
     */
    static Optional<String> describe(Path file) {
        String name = file.getFileName().toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return Optional.of(name + " is empty (0 bytes), so it holds no labels.");
            }
            long superblockAt = signatureOffset(channel, size);
            if (superblockAt < 0) {
                return Optional.of(name + " is not an HDF5 file: it lacks the HDF5 signature, so it was perhaps"
                        + " renamed from another kind of file.");
            }
            return truncation(channel, size, superblockAt, name);
        } catch (IOException e) {
            LOG.debug("Looking at {} after a failed read failed too", file, e);
            return Optional.empty();
        }
    }

    private static Optional<String> truncation(FileChannel channel, long size, long superblockAt, String name) {
        long endOfFile = 0;
        long base = 0;
        try {
            Superblock superblock = Superblock.readSuperblock(channel, superblockAt);
            endOfFile = superblock.getEndOfFileAddress();
            base = superblock.getBaseAddressByte();
        } catch (RuntimeException e) {
            LOG.debug("The superblock of {} cannot be read", name, e);
        }
        if (endOfFile <= 0) {
            // jHDF reads a superblock cut off within its first bytes as zeros rather than failing.
            return Optional.of(name + " is truncated or damaged: its HDF5 header cannot be read (the file has only "
                    + bytes(size) + " bytes).");
        }
        long expected = base + endOfFile;
        if (size >= expected) {
            return Optional.empty();
        }
        return Optional.of(name + " is truncated: it has " + bytes(size) + " of the "
                + bytes(expected) + " bytes its HDF5 header announces, so it was cut off while being"
                + " copied or saved; a backup or the original copy is needed.");
    }

    private static String bytes(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** Where the signature starts, or -1 when the file has none. */
    private static long signatureOffset(FileChannel channel, long size) throws IOException {
        for (long offset = 0; offset + SIGNATURE.length <= size;
                offset = offset == 0 ? FIRST_SKIPPED_OFFSET : offset * 2) {
            ByteBuffer bytes = ByteBuffer.allocate(SIGNATURE.length);
            int read = 0;
            while (bytes.hasRemaining() && read >= 0) {
                read = channel.read(bytes, offset + bytes.position());
            }
            if (Arrays.equals(bytes.array(), SIGNATURE)) {
                return offset;
            }
        }
        return -1;
    }
}
