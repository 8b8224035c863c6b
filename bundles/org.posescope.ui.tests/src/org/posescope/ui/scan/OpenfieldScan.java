package org.posescope.ui.scan;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.Project;
import org.posescope.testsupport.SharedData;
import org.posescope.ui.workbench.PoseScopeEvents;
import org.posescope.ui.workbench.ScanOutcome;

/** Scans the shared openfield project's human labels through the scan service, as the workbench does. */
public final class OpenfieldScan {

    public static final String PROJECT = "openfield-Pranav-2018-10-30";

    private OpenfieldScan() {
    }

    public static Project project() throws IOException {
        return Project.open(SharedData.data().resolve(PROJECT));
    }

    public static LabelFile humanLabels(Project project) {
        return project.labeledVideos().get(0).humanLabels().get(0);
    }

    /** Selects the project's label file as the browser would, waits for the job and returns the outcome. */
    public static ScanOutcome scan(ScanService scans, RecordingEventBroker events, Project project)
            throws InterruptedException {
        if (!scans.scanNode(humanLabels(project))) {
            throw new AssertionError("The openfield label file was not taken as a scan target.");
        }
        awaitScans();
        return events.last(PoseScopeEvents.SCAN_FINISHED, ScanOutcome.class);
    }

    /** Waits until no scan job is waiting or running. */
    public static void awaitScans() throws InterruptedException {
        Job.getJobManager().join(ScanJob.FAMILY, null);
    }

    public static ScanService service(RecordingEventBroker events, Project project) {
        return new ScanService(events, () -> List.of(project));
    }
}
