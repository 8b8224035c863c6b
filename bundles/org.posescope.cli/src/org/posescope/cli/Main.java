package org.posescope.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of {@code posescope <command>}. Headless commands run on a plain class path, without the OSGi
 * framework the workbench needs: starting it took two to four seconds of every command, longer than most commands
 * themselves.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] arguments) {
        System.exit(run(arguments));
    }

    static int run(String[] arguments) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try {
            return PoseScopeCommandLine.run(arguments, out, err);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            // picocli hands on what is not an Exception; without this a failure would end with status 0.
            LOG.debug("Command failed", e);
            err.println(UserMessages.sentenceFor(e));
            return PoseScopeCommandLine.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
