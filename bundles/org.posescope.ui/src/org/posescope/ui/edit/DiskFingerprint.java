package org.posescope.ui.edit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a set of files looked like on disk: per file whether it exists, its size, modification time and SHA-256.
 * Comparing the fingerprint taken at load with one taken before a save tells whether another program (or
 * DeepLabCut) wrote the files in between; the hash catches writes that keep size and time.
 */
record DiskFingerprint(List<FileState> files) {

    record FileState(Path file, boolean exists, long size, long modifiedMillis, String sha256) {
    }

    DiskFingerprint {
        files = List.copyOf(files);
    }

    static DiskFingerprint of(List<Path> paths) throws IOException {
        List<FileState> states = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isRegularFile(path)) {
                states.add(new FileState(path, false, -1, -1, ""));
                continue;
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            states.add(new FileState(path, true, attributes.size(), attributes.lastModifiedTime().toMillis(),
                    sha256(path)));
        }
        return new DiskFingerprint(states);
    }

    /** The first file whose state differs from {@code now}, or null when all are as they were. */
    Path firstChange(DiskFingerprint now) {
        for (int i = 0; i < files.size(); i++) {
            if (i >= now.files.size() || !files.get(i).equals(now.files.get(i))) {
                return files.get(i).file();
            }
        }
        return null;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
