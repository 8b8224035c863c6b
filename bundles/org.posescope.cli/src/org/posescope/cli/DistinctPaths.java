package org.posescope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The paths a user named, each real file or folder once: a shell glob, a symbolic link or a path spelt two ways
 * must not make a command read (and count) the same file twice.
 */
final class DistinctPaths {

    private DistinctPaths() {
    }

    /** The paths made absolute and normalised, in the order given, without those naming a real path seen before. */
    static List<Path> of(List<Path> paths) {
        List<Path> distinct = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (seen.add(realOrAsGiven(absolute))) {
                distinct.add(absolute);
            }
        }
        return distinct;
    }

    /** The real path, or the path itself when it does not exist: the command says so once, in its own words. */
    static Path realOrAsGiven(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
