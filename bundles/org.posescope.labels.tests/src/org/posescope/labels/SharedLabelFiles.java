package org.posescope.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.posescope.testsupport.SharedData;

/** Every .h5 and .csv label file under shared/data and shared/cases, in a stable order. */
final class SharedLabelFiles {

    private SharedLabelFiles() {
    }

    static List<Path> all() {
        return Stream.of(SharedData.data(), SharedData.cases()).flatMap(SharedLabelFiles::walk)
                .filter(path -> path.toString().endsWith(".h5") || path.toString().endsWith(".csv"))
                .sorted().toList();
    }

    static String name(Path file) {
        return SharedData.root().relativize(file).toString();
    }

    private static Stream<Path> walk(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
