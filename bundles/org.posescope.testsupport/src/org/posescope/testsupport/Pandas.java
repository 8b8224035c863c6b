package org.posescope.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a small Python program under Debian's pandas ({@code /usr/bin/python3}), the reference reader for every
 * file the product reads or writes.
 *
 * <p>Where that interpreter or pandas is missing, a test skips with a message; under CI it fails, because
 * {@code .ci/run} installs them.
 */
public final class Pandas {

    private static final Path PYTHON = Paths.get(System.getProperty("posescope.python", "/usr/bin/python3"));
    private static final long TIMEOUT_SECONDS = 120;

    private static Boolean available;

    private Pandas() {
    }

    /**
     * Runs {@code script} with the given arguments and returns what it printed on standard output. The script
     * fails the test when it exits with a non-zero status; its standard error is part of the failure message.
     */
    public static String run(String script, String... arguments) {
        requireAvailable();
        try {
            Path scriptFile = Files.createTempFile("posescope-pandas", ".py");
            try {
                Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
                List<String> command = new ArrayList<>(List.of(PYTHON.toString(), scriptFile.toString()));
                command.addAll(List.of(arguments));
                return execute(command);
            } finally {
                Files.deleteIfExists(scriptFile);
            }
        } catch (IOException e) {
            return Assertions.fail("could not run pandas: " + e.getMessage(), e);
        }
    }

    private static String execute(List<String> command) throws IOException {
        Path out = Files.createTempFile("posescope-pandas", ".out");
        Path err = Files.createTempFile("posescope-pandas", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                Assertions.fail("pandas did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                Assertions.fail("pandas failed (exit " + process.exitValue() + ") running " + command + ":\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return stdout;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Assertions.fail("interrupted while waiting for pandas", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static synchronized void requireAvailable() {
        if (available == null) {
            available = probe();
        }
        if (!available) {
            String message = PYTHON + " with pandas and PyTables is not installed"
                    + " (apt-get install python3-pandas python3-tables), so this test cannot run.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " Under CI it must be present.");
            }
            Assumptions.abort(message);
        }
    }

    private static boolean probe() {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(PYTHON.toString(), "-c", "import pandas, tables")
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
