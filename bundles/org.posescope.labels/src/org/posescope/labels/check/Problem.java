package org.posescope.labels.check;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One finding of a check.
 *
 * @param severity how much it matters
 * @param kind what kind of problem it is
 * @param file the file (or folder) concerned
 * @param message one sentence for the user, naming the file and the problem
 */
public record Problem(Severity severity, ProblemKind kind, Path file, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + " " + kind + ": " + message;
    }
}
