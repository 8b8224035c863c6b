package org.posescope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of {@link PoseScopeCommandLine#run} with its console captured.
 *
 * @param status the exit status
 * @param out what the command printed for the user
 * @param err what it printed as errors
 */
record CommandRun(int status, String out, String err) {

    static CommandRun of(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try (PrintWriter outWriter = new PrintWriter(out, true); PrintWriter errWriter = new PrintWriter(err, true)) {
            status = PoseScopeCommandLine.run(arguments, outWriter, errWriter);
        }
        return new CommandRun(status, out.toString(), err.toString());
    }

    /** Fails when either stream holds a Java stack trace or an exception's class name, which a user must not see. */
    CommandRun withoutStackTrace() {
        String both = out + err;
        assertFalse(both.contains("\tat ") || both.contains("Exception") || both.contains("Error:"),
                "a stack trace or exception name reached the user:\n" + this);
        return this;
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
}
