package org.posescope.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Equinox application behind {@code posescope <command>}: hands the command-line arguments to
 * {@link PoseScopeCommandLine} and returns its exit status to the launcher.
 */
public final class HeadlessApplication implements IApplication {

    private static final Logger LOG = LoggerFactory.getLogger(HeadlessApplication.class);

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try {
            return PoseScopeCommandLine.run(arguments == null ? new String[0] : arguments, out, err);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            // picocli hands on what is not an Exception; without this the launcher would exit with status 0.
            LOG.debug("Command failed", e);
            err.println(UserMessages.sentenceFor(e));
            return PoseScopeCommandLine.FAILED;
        }
    }

    @Override
    public void stop() {
        // Commands run to completion on the launcher's thread; there is nothing to interrupt.
    }
}
