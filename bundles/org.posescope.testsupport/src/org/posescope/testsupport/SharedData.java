package org.posescope.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared test data (real DeepLabCut projects, field cases, benchmark recipes) that sits beside the
 * repository, never inside it.
 *
 * <p>Looked up in this order: the system property {@code posescope.shared}, the environment variable
 * {@code POSESCOPE_SHARED}, then a folder named {@code shared} beside any parent of the working directory. Where
 * none exists, a test skips with a message saying so; under CI ({@code CI=true}) it fails instead, because there
 * the data must be present.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder; skips the calling test (fails it under CI) when there is none. */
    public static Path root() {
        Path found = locate();
        if (found == null) {
            String message = "The shared test data folder (../shared beside the repository, or -Dposescope.shared)"
                    + " is absent, so this test cannot run.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " Under CI it must be present.");
            }
            Assumptions.abort(message);
        }
        return found;
    }

    /** {@code shared/data}: real projects and the synthetic layout variants. */
    public static Path data() {
        return root().resolve("data");
    }

    /** {@code shared/cases}: small projects reproducing inputs seen in the field. */
    public static Path cases() {
        return root().resolve("cases");
    }

    /** One field case, such as {@code B01}. */
    public static Path caseProject(String name) {
        return cases().resolve(name);
    }

    private static Path locate() {
        String configured = System.getProperty("posescope.shared", System.getenv("POSESCOPE_SHARED"));
        if (configured != null && !configured.isBlank()) {
            Path path = Paths.get(configured).toAbsolutePath().normalize();
            return isShared(path) ? path : null;
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (isShared(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isShared(Path path) {
        return Files.isDirectory(path.resolve("data")) && Files.isDirectory(path.resolve("cases"));
    }
}
