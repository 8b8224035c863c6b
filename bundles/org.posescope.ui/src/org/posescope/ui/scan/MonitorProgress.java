package org.posescope.ui.scan;

import org.eclipse.core.runtime.IProgressMonitor;
import org.posescope.cluster.ScanProgress;

/**
 * Lets the engine report to an Eclipse progress monitor: fractions become work units, tasks become sub-task
 * names, and the monitor's cancel flag stops the scan at its next check.
 */
final class MonitorProgress implements ScanProgress {

    /** Units of the whole scan; fine enough that the progress bar moves smoothly. */
    static final int TOTAL_WORK = 1000;

    private final IProgressMonitor monitor;
    private final StatusReporter reporter;
    private int unitsDone;

    /** Receives each step, so that the workbench can show it beside its own progress bar. */
    interface StatusReporter {
        void report(String task, double fractionDone);
    }

    MonitorProgress(IProgressMonitor monitor, StatusReporter reporter) {
        this.monitor = monitor;
        this.reporter = reporter;
    }

    @Override
    public void worked(String task, double fractionDone) {
        monitor.subTask(task);

        // A step may restart at a fraction already passed (a phase's first report); the bar never moves back.
        int target = (int) Math.round(Math.max(0, Math.min(1, fractionDone)) * TOTAL_WORK);
        if (target > unitsDone) {
            monitor.worked(target - unitsDone);
            unitsDone = target;
        }
        reporter.report(task, unitsDone / (double) TOTAL_WORK);
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }
}
