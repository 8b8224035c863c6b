package org.posescope.ui.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.Project;

/** Copies a shared project or field case into a temporary folder, so that tests may write to it. */
public final class CaseCopies {

    private CaseCopies() {
    }

    public static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LabelFile humanLabels(Project project) {
        return project.labeledVideos().get(0).humanLabels().get(0);
    }
}
