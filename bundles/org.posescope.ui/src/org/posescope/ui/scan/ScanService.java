package org.posescope.ui.scan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.posescope.cluster.ScanSettings;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.Project;
import org.posescope.ui.edit.LabelDocument;
import org.posescope.ui.workbench.PoseScopeEvents;
import org.posescope.ui.workbench.SampleSelection;
import org.posescope.ui.workbench.ScanOutcome;

/**
 * Runs scans for the workbench and remembers the latest outcome and selected sample. One instance lives in the
 * application context (put there by {@link ScanServiceAddon}); parts, handlers and the preference page reach it
 * by injection.
 *
 * <p>Only the newest request counts: a new scan cancels the running one, the jobs never overlap, and an outcome
 * that arrives after a newer request is dropped. Outcomes go out on {@link PoseScopeEvents#SCAN_FINISHED},
 * progress on {@link PoseScopeEvents#SCAN_STATUS}. Saving the labels shown ({@link PoseScopeEvents#LABELS_SAVED})
 * scans them again.
 */
public final class ScanService {

    private static final long STATUS_INTERVAL_NANOS = 100_000_000L;
    private static final ISchedulingRule ONE_SCAN_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final IEventBroker events;
    private final Supplier<List<Project>> openProjects;
    private ScanSettings settings = ScanSettings.defaults();
    private BiFunction<Project, ScanSettings, ScanSettings> forProject = (project, general) -> general;
    private ScanJob latestJob;
    private Project latestProject;
    private ScanOutcome outcome;
    private volatile SampleSelection selection;

    /**
     * @param events where outcomes, status and selections are posted
     * @param openProjects the projects open now, to find the project of a selected label file
     */
    public ScanService(IEventBroker events, Supplier<List<Project>> openProjects) {
        this.events = Objects.requireNonNull(events, "events");
        this.openProjects = Objects.requireNonNull(openProjects, "openProjects");
        events.subscribe(PoseScopeEvents.SAMPLE_SELECTED, event -> {
            if (event.getProperty(IEventBroker.DATA) instanceof SampleSelection posted) {
                selection = posted;
            }
        });
        events.subscribe(PoseScopeEvents.LABELS_SAVED, event -> {
            if (event.getProperty(IEventBroker.DATA) instanceof LabelDocument saved) {
                saved.source().ifPresent(this::rescanIfShown);
            }
        });
    }

    /**
     * Scans what a workspace browser node stands for (a label file, a labeled video, a project), unless that file
     * is the one scanned or being scanned already.
     *
     * @return whether the node stands for a label file (then a scan runs or has run)
     */
    public synchronized boolean scanNode(Object node) {
        Optional<LabelFile> file = ScanTargets.fileFor(node);
        if (file.isEmpty()) {
            return false;
        }
        if (latestJob != null && latestJob.file() == file.get()) {
            return true;
        }
        Project project = node instanceof Project selected ? selected
                : ScanTargets.projectOf(file.get(), openProjects.get()).orElse(null);
        if (project == null) {
            return false;
        }
        scan(project, file.get());
        return true;
    }

    /** Scans {@code file} of {@code project} with the current settings, canceling any scan still running. */
    public synchronized void scan(Project project, LabelFile file) {
        if (latestJob != null) {
            latestJob.cancel();
        }
        StatusThrottle throttle = new StatusThrottle(displayName(file));
        ScanSettings projectSettings = forProject.apply(project, settings);
        ScanJob job = new ScanJob(project, file, projectSettings, throttle, new ScanJob.Listener() {
            @Override
            public void finished(ScanJob finishedJob, ScanOutcome done) {
                ScanService.this.finished(finishedJob, done);
            }

            @Override
            public void failed(ScanJob failedJob, String message) {
                postStatus(new ScanStatus(ScanStatus.State.FAILED, displayName(file), message, 0), failedJob);
            }
        });
        throttle.job = job;
        job.setRule(ONE_SCAN_AT_A_TIME);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.CANCEL) {
                    postStatus(new ScanStatus(ScanStatus.State.CANCELED, displayName(file), "canceled", 0), job);
                }
            }
        });
        latestJob = job;
        latestProject = project;
        postStatus(new ScanStatus(ScanStatus.State.RUNNING, displayName(file), "waiting", 0), job);
        job.schedule();
    }

    /** Scans the last file again, with the current settings; does nothing before the first scan. */
    public synchronized void rescan() {
        if (latestJob != null) {
            scan(latestProject, latestJob.file());
        }
    }

    /** Scans a file again after its labels were saved, when it is the file shown (the saver forgot its read). */
    synchronized void rescanIfShown(LabelFile saved) {
        if (latestJob != null && latestJob.file() == saved) {
            scan(latestProject, saved);
        }
    }

    /** Cancels the running scan, if any; the last outcome stays. */
    public synchronized void cancel() {
        if (latestJob != null) {
            latestJob.cancel();
        }
    }

    public synchronized ScanSettings settings() {
        return settings;
    }

    /** Settings for the next scan; call {@link #rescan()} to apply them to the file shown now. */
    public synchronized void setSettings(ScanSettings newSettings) {
        settings = Objects.requireNonNull(newSettings, "newSettings");
    }

    /** How the settings are completed for one project (its own mirror pairs) before each scan of its files. */
    public synchronized void setProjectSettings(BiFunction<Project, ScanSettings, ScanSettings> completion) {
        forProject = Objects.requireNonNull(completion, "completion");
    }

    /** The newest finished scan, empty before the first. */
    public synchronized Optional<ScanOutcome> currentOutcome() {
        return Optional.ofNullable(outcome);
    }

    /** The sample selected last in any part, if it belongs to the current outcome. */
    public Optional<SampleSelection> currentSelection() {
        SampleSelection current = selection;
        synchronized (this) {
            return current != null && current.outcome() == outcome ? Optional.of(current) : Optional.empty();
        }
    }

    /** Records a selection at once (handlers stepping quickly need it before the event arrives) and posts it. */
    public void select(SampleSelection newSelection) {
        selection = newSelection;
        events.post(PoseScopeEvents.SAMPLE_SELECTED, newSelection);
    }

    /**
     * Selects the next (or previous) flagged sample by rank after the one selected now, and posts it.
     *
     * @param origin the handler or part stepping, so that it can ignore its own echo
     * @return whether there was a sample to step to
     */
    public boolean stepSuspect(boolean forward, Object origin) {
        Optional<ScanOutcome> shown = currentOutcome();
        if (shown.isEmpty()) {
            return false;
        }
        int current = currentSelection().map(SampleSelection::sampleIndex).orElse(-1);
        OptionalInt next = SuspectSteps.step(shown.get().result(), current, forward);
        next.ifPresent(sample -> select(new SampleSelection(shown.get(), sample, origin)));
        return next.isPresent();
    }

    /** The job of the newest request, for tests and benchmarks that wait for it. */
    synchronized ScanJob latestJob() {
        return latestJob;
    }

    private void finished(ScanJob job, ScanOutcome done) {
        synchronized (this) {
            if (job != latestJob) {
                return;
            }
            outcome = done;
            selection = null;
        }
        events.post(PoseScopeEvents.SCAN_FINISHED, done);
        int flagged = done.result().flaggedCount();
        String summary = String.format(Locale.ROOT, "%,d poses, %,d flagged by %s", done.result().size(), flagged,
                done.result().algorithm().displayName());
        // What the scan had to say (a raw-position fallback, poses left out, a clamped parameter) is in the
        // status line's tooltip; the line says that it is there.
        int notes = done.result().messages().size();
        if (notes > 0) {
            summary += notes == 1 ? "; 1 note (hover to read it)" : "; " + notes + " notes (hover to read them)";
        }
        postStatus(new ScanStatus(ScanStatus.State.FINISHED, displayName(done.file()), summary, 1), job);
    }

    private void postStatus(ScanStatus status, ScanJob from) {
        synchronized (this) {
            if (from != latestJob) {
                return;
            }
        }
        events.post(PoseScopeEvents.SCAN_STATUS, status);
    }

    /** The file as the status line names it: two videos' label files often share a name. */
    static String displayName(LabelFile file) {
        return file.videoName().isEmpty() ? file.fileName() : file.videoName() + "/" + file.fileName();
    }

    /** Posts the engine's steps at most ten times a second; the event queue is no place for thousands. */
    private final class StatusThrottle implements MonitorProgress.StatusReporter {

        private final String target;
        private ScanJob job;
        private long lastPost;

        StatusThrottle(String target) {
            this.target = target;
        }

        @Override
        public void report(String task, double fractionDone) {
            long now = System.nanoTime();
            if (now - lastPost < STATUS_INTERVAL_NANOS) {
                return;
            }
            lastPost = now;
            postStatus(new ScanStatus(ScanStatus.State.RUNNING, target, task, fractionDone), job);
        }
    }
}
