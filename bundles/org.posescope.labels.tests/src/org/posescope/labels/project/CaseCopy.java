package org.posescope.labels.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.posescope.testsupport.SharedData;

/** Copies a field case into a temporary folder, so that saving never touches the shared data. */
public final class CaseCopy {

    private CaseCopy() {
    }

    /** Copies {@code shared/cases/<name>} into {@code target/<name>} and returns the copy's root. */
    public static Path of(String name, Path target) {
        Path source = SharedData.caseProject(name);
        Path copy = target.resolve(name);
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path destination = copy.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                    destination.toFile().setWritable(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }
}
