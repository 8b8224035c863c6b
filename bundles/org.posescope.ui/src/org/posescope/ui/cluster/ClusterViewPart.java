package org.posescope.ui.cluster;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.posescope.cluster.SampleResult;
import org.posescope.ui.scan.ScanService;
import org.posescope.ui.scan.ScanStatus;
import org.posescope.ui.workbench.PoseScopeEvents;
import org.posescope.ui.workbench.SampleGroup;
import org.posescope.ui.workbench.SampleSelection;
import org.posescope.ui.workbench.ScanOutcome;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The cluster view: a header with the scan's progress (and a cancel button while it runs), over the scatter of
 * the projection. Selecting a file, video or project in the workspace browser starts a scan; clicking a point
 * posts the sample on {@link PoseScopeEvents#SAMPLE_SELECTED}, and samples selected elsewhere are marked here.
 */
public final class ClusterViewPart implements ScatterCanvas.Listener {

    /** The binding context of the N and P keys; active while a part that walks suspects has focus. */
    public static final String SUSPECT_KEYS_CONTEXT = "org.posescope.context.suspects";

    private final ScanService scans;
    private final IEventBroker events;

    private Label status;
    private ProgressBar progress;
    private Button cancel;
    private ScatterCanvas scatter;
    private ScanOutcome shown;

    @Inject
    public ClusterViewPart(ScanService scans, IEventBroker events) {
        this.scans = scans;
        this.events = events;
    }

    @PostConstruct
    void createControls(Composite parent, @Optional EContextService contexts) {
        parent.setLayout(new GridLayout(3, false));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("No scan yet.");
        progress = new ProgressBar(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setMaximum(1000);
        progress.setLayoutData(new GridData(200, SWT.DEFAULT));
        cancel = new Button(parent, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, event -> scans.cancel());
        showRunning(false);

        scatter = new ScatterCanvas(parent, this);
        scatter.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        scatter.setToolTipText(null);
        if (contexts != null) {
            contexts.activateContext(SUSPECT_KEYS_CONTEXT);
        }
        scans.currentOutcome().ifPresent(this::scanFinished);
    }

    @Focus
    void focus() {
        scatter.setFocus();
    }

    /** The workspace browser's selection: a file, video or project to scan. */
    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object node) {
        scans.scanNode(node);
    }

    @Inject
    @Optional
    void scanFinished(@UIEventTopic(PoseScopeEvents.SCAN_FINISHED) ScanOutcome outcome) {
        if (scatter == null || scatter.isDisposed() || outcome == shown) {
            return;
        }
        shown = outcome;
        scatter.setData(ScatterData.of(outcome.result()), sample -> describe(outcome, sample));
    }

    @Inject
    @Optional
    void statusChanged(@UIEventTopic(PoseScopeEvents.SCAN_STATUS) ScanStatus scanStatus) {
        if (status == null || status.isDisposed()) {
            return;
        }
        String text = switch (scanStatus.state()) {
            case RUNNING -> "Scanning " + scanStatus.target() + ": " + scanStatus.task() + "...";
            case FINISHED -> scanStatus.target() + ": " + scanStatus.task();
            case CANCELED -> "The scan of " + scanStatus.target() + " was canceled.";
            case FAILED -> scanStatus.task();
        };
        status.setText(text);
        // The line may be cut off in a narrow view; the tooltip has it whole, with what the scan had to say.
        boolean finished = scanStatus.state() == ScanStatus.State.FINISHED && shown != null;
        status.setToolTipText(finished && !shown.result().messages().isEmpty()
                ? text + "\n\n" + String.join("\n", shown.result().messages()) : text);
        status.setForeground(scanStatus.state() == ScanStatus.State.FAILED
                ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        progress.setSelection((int) Math.round(1000 * scanStatus.fractionDone()));
        showRunning(scanStatus.isRunning());
    }

    @Inject
    @Optional
    void sampleSelected(@UIEventTopic(PoseScopeEvents.SAMPLE_SELECTED) SampleSelection selection) {
        if (scatter == null || scatter.isDisposed() || selection.origin() == this) {
            return;
        }
        scatter.setSelectedSample(selection.outcome() == shown ? selection.sampleIndex() : -1);
    }

    @Inject
    @Optional
    void samplesPicked(@UIEventTopic(PoseScopeEvents.SAMPLES_PICKED) SampleGroup group) {
        if (scatter != null && !scatter.isDisposed() && group.origin() != this && group.outcome() == shown) {
            scatter.setPicked(group.sampleIndices());
        }
    }

    @Override
    public void sampleClicked(int sample) {
        if (shown != null) {
            scans.select(new SampleSelection(shown, sample, this));
        }
    }

    @Override
    public void samplesPicked(int[] samples) {
        if (shown == null) {
            return;
        }
        events.post(PoseScopeEvents.SAMPLES_PICKED, new SampleGroup(shown, samples, this));

        // The most suspect of the rectangle goes to the frame view, as a click would send it.
        int best = -1;
        for (int sample : samples) {
            if (best < 0 || shown.result().sample(sample).rank() < shown.result().sample(best).rank()) {
                best = sample;
            }
        }
        if (best >= 0) {
            scatter.setSelectedSample(best);
            scans.select(new SampleSelection(shown, best, this));
        }
    }

    /** The scatter, for tests and benchmarks that drive the part directly. */
    ScatterCanvas scatter() {
        return scatter;
    }

    ScanOutcome shown() {
        return shown;
    }

    private void showRunning(boolean running) {
        progress.setVisible(running);
        cancel.setVisible(running);
        ((GridData) progress.getLayoutData()).exclude = !running;
        cancel.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        ((GridData) cancel.getLayoutData()).exclude = !running;
        progress.getParent().layout(true);
    }

    static String describe(ScanOutcome outcome, int sampleIndex) {
        SampleResult sample = outcome.result().sample(sampleIndex);
        StringBuilder text = new StringBuilder("Frame: ").append(sample.id().rowKey());
        if (!sample.id().individual().isEmpty()) {
            text.append("\nIndividual: ").append(sample.id().individual());
        }
        text.append(String.format(Locale.ROOT, "%nScore: %.2f (rank %d of %d)", sample.score(), sample.rank(),
                outcome.result().size()));
        if (outcome.result().algorithm().clusters()) {
            text.append("\nCluster: ").append(sample.cluster() == ScatterData.NOISE ? "noise" : sample.cluster());
        }
        text.append("\nReason: ").append(sample.reason().isEmpty() ? "nothing stands out" : sample.reason());
        return text.toString();
    }
}
