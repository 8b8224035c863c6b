package org.posescope.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.posescope.cluster.ScanProgress;

/**
 * Reports a long scan on standard error: nothing in its first second (a small file needs no progress), then a line
 * when the scan moves to another step and at most one a second within a step, so that a script's log stays short
 * and a person sees it move. Standard output stays the result.
 */
final class ConsoleProgress implements ScanProgress {

    /** Reports nothing, for {@code --quiet}. */
    static final ScanProgress SILENT = ScanProgress.NONE;

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final String subject;
    private final long started = System.nanoTime();
    private String lastTask = "";
    private long lastReport;

    ConsoleProgress(PrintWriter err, String subject) {
        this.err = err;
        this.subject = subject;
    }

    @Override
    public void worked(String task, double fractionDone) {
        long now = System.nanoTime();
        if (now - started < QUIET_NANOS || task.equals(lastTask) && now - lastReport < QUIET_NANOS) {
            return;
        }
        lastTask = task;
        lastReport = now;
        err.println(String.format(Locale.ROOT, "%s: %s (%.0f%%)", subject, task, 100 * fractionDone));
    }

    @Override
    public boolean isCanceled() {
        // A console run is cancelled with Ctrl+C, which ends the process.
        return false;
    }
}
