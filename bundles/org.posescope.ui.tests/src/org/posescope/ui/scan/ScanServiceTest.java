package org.posescope.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.Project;
import org.posescope.testsupport.SharedData;
import org.posescope.ui.edit.LabelDocuments;
import org.posescope.ui.workbench.PoseScopeEvents;
import org.posescope.ui.workbench.SampleSelection;
import org.posescope.ui.workbench.ScanOutcome;

class ScanServiceTest {

    @Test
    void scanningTheOpenfieldLabelsPostsAnOutcomeWithEveryFrame() throws Exception {
        RecordingEventBroker events = new RecordingEventBroker();
        Project project = OpenfieldScan.project();
        ScanService scans = OpenfieldScan.service(events, project);

        ScanOutcome outcome = OpenfieldScan.scan(scans, events, project);

        assertSame(outcome, scans.currentOutcome().orElseThrow());
        assertSame(project, outcome.project());
        assertEquals(116, outcome.result().size(), "openfield has 116 labeled frames of one mouse");
        assertFalse(outcome.result().flagged().isEmpty(), "a real project has some poses worth a look");
        List<ScanStatus> statuses = events.posted(PoseScopeEvents.SCAN_STATUS, ScanStatus.class);
        assertEquals(ScanStatus.State.RUNNING, statuses.get(0).state());
        // Steps come at most ten times a second; this scan is quicker, so only its first step shows.
        assertEquals("reading labels", statuses.get(1).task());
        assertEquals(ScanStatus.State.FINISHED, statuses.get(statuses.size() - 1).state());
        assertTrue(statuses.get(statuses.size() - 1).task().startsWith("116 poses, "),
                statuses.get(statuses.size() - 1).task());
    }

    @Test
    void theStatusLineSaysWhenTheScanHasNotesToRead() throws Exception {
        // A project of one keypoint: the scan falls back to raw positions and says so in a note.
        RecordingEventBroker events = new RecordingEventBroker();
        Project project = Project.open(SharedData.caseProject("B23"));
        ScanService scans = OpenfieldScan.service(events, project);

        assertTrue(scans.scanNode(OpenfieldScan.humanLabels(project)));
        OpenfieldScan.awaitScans();

        ScanOutcome outcome = events.last(PoseScopeEvents.SCAN_FINISHED, ScanOutcome.class);
        ScanStatus finished = events.last(PoseScopeEvents.SCAN_STATUS, ScanStatus.class);
        assertTrue(outcome.result().messages().stream().anyMatch(message -> message.contains("raw (x, y)")),
                outcome.result().messages().toString());
        assertTrue(finished.task().matches("5 poses, \\d+ flagged by .*; \\d+ notes? \\(hover to read (it|them)\\)"),
                finished.task());
    }

    @Test
    void selectingTheSameFileAgainDoesNotScanTwice() throws Exception {
        RecordingEventBroker events = new RecordingEventBroker();
        Project project = OpenfieldScan.project();
        ScanService scans = OpenfieldScan.service(events, project);
        OpenfieldScan.scan(scans, events, project);

        assertTrue(scans.scanNode(project), "the project stands for the same label file");
        Job.getJobManager().join(ScanJob.FAMILY, null);

        assertEquals(1, events.posted(PoseScopeEvents.SCAN_FINISHED, ScanOutcome.class).size());
        assertFalse(scans.scanNode("not a workspace node"));
    }

    @Test
    void aCanceledScanPostsNoOutcome() throws Exception {
        RecordingEventBroker events = new RecordingEventBroker();
        Project project = Project.open(SharedData.data().resolve("synthetic/machine_10k"));
        ScanService scans = new ScanService(events, () -> List.of(project));
        LabelFile machineLabels = project.videoOutputs().get(0);

        scans.scan(project, machineLabels);
        scans.cancel();
        Job.getJobManager().join(ScanJob.FAMILY, null);

        assertTrue(events.posted(PoseScopeEvents.SCAN_FINISHED, ScanOutcome.class).isEmpty());
        assertTrue(scans.currentOutcome().isEmpty());

        // Job listeners hear of the end a moment after join returns.
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (events.last(PoseScopeEvents.SCAN_STATUS, ScanStatus.class).isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(ScanStatus.State.CANCELED, events.last(PoseScopeEvents.SCAN_STATUS, ScanStatus.class).state());
    }

    @Test
    void stepsWalkTheFlaggedSamplesByRank() throws Exception {
        RecordingEventBroker events = new RecordingEventBroker();
        Project project = OpenfieldScan.project();
        ScanService scans = OpenfieldScan.service(events, project);
        ScanOutcome outcome = OpenfieldScan.scan(scans, events, project);
        List<Integer> flagged = outcome.result().flagged().stream().map(s -> s.index()).toList();

        assertFalse(scans.stepSuspect(false, this), "with nothing selected there is no previous suspect");
        assertTrue(scans.stepSuspect(true, this));
        assertEquals(flagged.get(0), events.last(PoseScopeEvents.SAMPLE_SELECTED, SampleSelection.class)
                .sampleIndex());
        if (flagged.size() > 1) {
            assertTrue(scans.stepSuspect(true, this));
            assertEquals(flagged.get(1), scans.currentSelection().orElseThrow().sampleIndex());
            assertTrue(scans.stepSuspect(false, this));
            assertEquals(flagged.get(0), scans.currentSelection().orElseThrow().sampleIndex());
        }
    }

    @Test
    void savingTheLabelsShownScansThemAgain() throws Exception {
        RecordingEventBroker events = new RecordingEventBroker();
        Project project = OpenfieldScan.project();
        ScanService scans = OpenfieldScan.service(events, project);
        ScanOutcome first = OpenfieldScan.scan(scans, events, project);
        LabelDocuments documents = new LabelDocuments(OperationHistoryFactory.getOperationHistory());

        events.post(PoseScopeEvents.LABELS_SAVED, documents.open(project, first.file()));
        OpenfieldScan.awaitScans();

        List<ScanOutcome> outcomes = events.posted(PoseScopeEvents.SCAN_FINISHED, ScanOutcome.class);
        assertEquals(2, outcomes.size(), "the saved file was scanned again");
        assertSame(first.file(), outcomes.get(1).file());
    }
}
