package org.posescope.ui.scan;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.posescope.cluster.FrameImageSource;
import org.posescope.cluster.LabelPoses;
import org.posescope.cluster.PoseSet;
import org.posescope.cluster.ScanCanceledException;
import org.posescope.cluster.ScanResult;
import org.posescope.cluster.ScanSettings;
import org.posescope.cluster.Scanner;
import org.posescope.labels.LabelTable;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileRead;
import org.posescope.labels.project.Project;
import org.posescope.ui.workbench.ScanOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one label file, turns its table into poses and scans them, off the UI thread. A user job: it shows in
 * progress views, and canceling it stops the engine at its next check.
 */
final class ScanJob extends Job {

    /** Marks scan jobs, so that tests and the service can find and join them. */
    static final Object FAMILY = ScanJob.class;

    private static final Logger LOG = LoggerFactory.getLogger(ScanJob.class);

    private final Project project;
    private final LabelFile file;
    private final ScanSettings settings;
    private final MonitorProgress.StatusReporter reporter;
    private final Listener listener;

    /** Hears how a scan ended; called on the job's thread. */
    interface Listener {
        void finished(ScanJob job, ScanOutcome outcome);

        /** @param message a sentence naming the file and the problem */
        void failed(ScanJob job, String message);
    }

    ScanJob(Project project, LabelFile file, ScanSettings settings, MonitorProgress.StatusReporter reporter,
            Listener listener) {
        super("Scanning " + file.fileName() + " for mistakes");
        this.project = project;
        this.file = file;
        this.settings = settings;
        this.reporter = reporter;
        this.listener = listener;
        setUser(true);
    }

    LabelFile file() {
        return file;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        reporter.report("reading labels", 0);
        LabelFileRead read = file.read();
        if (read instanceof LabelFileRead.Failed failure) {
            listener.failed(this, failure.message());
            return Status.OK_STATUS;
        }
        progress.worked(10);
        if (progress.isCanceled()) {
            return Status.CANCEL_STATUS;
        }

        LabelTable table = ((LabelFileRead.Loaded) read).table();
        PoseSet poses = LabelPoses.fromTable(table);
        progress.worked(5);
        try {
            IProgressMonitor scanMonitor = progress.split(85);
            scanMonitor.beginTask(getName(), MonitorProgress.TOTAL_WORK);
            ScanResult result = Scanner.scan(poses, settings, new MonitorProgress(scanMonitor,
                    (task, fraction) -> reporter.report(task, 0.15 + 0.85 * fraction)),
                    FrameImageSource.of(table, project.root(), file.file()));
            listener.finished(this, new ScanOutcome(project, file, result));
            return Status.OK_STATUS;
        } catch (ScanCanceledException | OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            // The engine met something it did not expect; the user reads the sentence, the log keeps the trace.
            LOG.error("The scan of {} failed", file.file(), e);
            listener.failed(this, "The scan of " + file.file() + " failed: " + e.getMessage());
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }
}
