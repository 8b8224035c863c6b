package org.posescope.ui.frame;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.posescope.labels.LabelTable;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileRead;
import org.posescope.labels.project.PreparationException;
import org.posescope.labels.project.Project;
import org.posescope.ui.edit.EditTargets;
import org.posescope.ui.edit.KeypointEditOperation;
import org.posescope.ui.edit.KeypointEdits;
import org.posescope.ui.edit.LabelDocument;
import org.posescope.ui.edit.LabelDocuments;
import org.posescope.ui.edit.SuggestedFixes;
import org.posescope.ui.workbench.OpenProjects;
import org.posescope.ui.workbench.PoseScopeEvents;
import org.posescope.ui.workbench.SampleSelection;
import org.posescope.ui.workbench.ScanOutcome;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The frame view and editor: shows the frame of the selected sample (or the first frame of the label file
 * selected in the workspace browser) and turns gestures on it into undoable edits of the file's label document.
 */
public final class FrameViewPart {

    private final LabelDocuments documents;
    private final OpenProjects openProjects;
    private final UISynchronize sync;
    private final MPart part;

    private Label title;
    private Label status;
    private FrameCanvas canvas;
    private FrameControls controls;

    private Shown shown;
    private Job loading;

    /** What the view shows: a row of a label file, the document edits go to, and the sample selected there. */
    record Shown(Project project, LabelFile file, LabelTable asRead, int row, LabelDocument document,
            SampleSelection sample) {
    }

    @Inject
    public FrameViewPart(LabelDocuments documents, OpenProjects openProjects, UISynchronize sync, MPart part) {
        this.documents = documents;
        this.openProjects = openProjects;
        this.sync = sync;
        this.part = part;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        controls = new FrameControls(parent, this);
        canvas = new FrameCanvas(parent, new CanvasEdits());
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.control().addListener(SWT.KeyDown, this::key);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Zoom with the mouse wheel, pan by dragging, drag a keypoint to move it; Delete removes the"
                + " selected keypoint.");
        controls.update(null, List.of());
    }

    /** The canvas, for tests that drive the part. */
    FrameCanvas canvas() {
        return canvas;
    }

    Shown shown() {
        return shown;
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void sampleSelected(@UIEventTopic(PoseScopeEvents.SAMPLE_SELECTED) SampleSelection selection) {
        if (selection.origin() != this) {
            show(selection.outcome().project(), selection.outcome().file(), selection.sample().id().row(),
                    selection);
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void nodeSelected(@Named(IServiceConstants.ACTIVE_SELECTION) Object node) {
        if (node == null || canvas == null || shown != null && shown.file() == node) {
            return;
        }
        if (node instanceof LabelFile file) {
            openProjects.projects().stream().filter(project -> project.labelFiles().contains(file)).findFirst()
                    .ifPresent(project -> show(project, file, 0, null));
        } else if (shown != null && !(node instanceof SampleSelection)) {
            // Another project or video was chosen: its scan brings its own frame. Until then no frame of the
            // previous file may stay on screen, where an edit would go to a file the user no longer looks at.
            showProblem("A frame shows when the selection has been scanned, or when a label file is chosen.");
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void scanFinished(@UIEventTopic(PoseScopeEvents.SCAN_FINISHED) ScanOutcome outcome) {
        if (canvas != null && (shown == null || shown.file() != outcome.file())) {
            show(outcome.project(), outcome.file(), 0, null);
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void documentChanged(@UIEventTopic(PoseScopeEvents.DOCUMENT_CHANGED) Object changed) {
        if (canvas != null && !canvas.control().isDisposed() && shown != null) {
            redrawKeypoints();
        }
    }

    /** Shows row {@code row} of a label file; reading the file and decoding the image run in a job. */
    void show(Project project, LabelFile file, int row, SampleSelection sample) {
        if (loading != null) {
            loading.cancel();
        }
        title.setText("Reading " + file.fileName() + "...");
        loading = Job.create("Showing a frame of " + file.fileName(), (IJobFunction) monitor -> {
            LabelFileRead read = file.read();
            if (!(read instanceof LabelFileRead.Loaded loaded) || loaded.table().rowCount() == 0) {
                String why = read instanceof LabelFileRead.Failed failed ? failed.message()
                        : file.fileName() + " has no rows.";
                sync.asyncExec(() -> showProblem(why));
                return Status.OK_STATUS;
            }
            int clamped = Math.max(0, Math.min(row, loaded.table().rowCount() - 1));
            LabelDocument document = null;
            String note = null;
            try {
                document = file.kind().hasImageRows() ? documents.open(project, file) : null;
            } catch (PreparationException e) {
                note = e.getMessage();
            }
            FrameImages image = FrameContents.imageOf(project, file, loaded.table().row(clamped))
                    .map(path -> FrameImages.load(project.root(), path))
                    .orElseGet(() -> FrameImages.videoFrame(loaded.table().row(clamped).display()));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Shown next = new Shown(project, file, loaded.table(), clamped, document, sample);
            String readNote = note;
            sync.asyncExec(() -> display(next, image, readNote));
            return Status.OK_STATUS;
        });
        loading.setSystem(true);
        loading.schedule();
    }

    /** Steps to another row of the file shown. */
    void step(int delta) {
        if (shown != null) {
            int next = shown.row() + delta;
            if (next >= 0 && next < shown.asRead().rowCount()) {
                show(shown.project(), shown.file(), next, null);
            }
        }
    }

    void fit() {
        canvas.fit();
    }

    private void display(Shown next, FrameImages image, String note) {
        if (canvas.control().isDisposed()) {
            return;
        }
        shown = next;
        if (next.document() != null) {
            documents.setActive(next.document());
        }
        canvas.setMarkerRadius(next.project().config().stream().mapToDouble(c -> c.dotSize().orElse(8))
                .mapToInt(size -> (int) Math.round(size / 2 + 1)).findFirst().orElse(5));
        canvas.show(content(), image.data(), image.problem());
        String reason = next.sample() == null ? "" : next.sample().sample().reason();
        status.setText(note != null ? note : reason.isEmpty() ? next.document() == null
                ? "Read only: " + next.file().fileName() + " holds video predictions." : "" : "Scan: " + reason);
        updateLabels();
    }

    private void showProblem(String message) {
        shown = null;
        title.setText("");
        status.setText(message);
        controls.update(null, List.of());
    }

    private void redrawKeypoints() {
        canvas.update(content());
        updateLabels();
    }

    /** Builds the frame from the document's row where it has one, else from the file as read. */
    private FrameContent content() {
        LabelTable table = shown.asRead();
        int row = shown.row();
        LabelDocument document = shown.document();
        if (document != null) {
            int documentRow = shown.file().kind().isMachineMade() ? document.rowOf(table.row(row)) : row;
            if (documentRow >= 0 && documentRow < document.table().rowCount()) {
                table = document.table();
                row = documentRow;
            }
        }
        SampleSelection sample = shown.sample();
        boolean sameRow = sample != null && sample.sample().id().row() == shown.row();
        return FrameContents.of(shown.project(), shown.file(), table, row,
                sameRow ? sample.sample().id().individual() : "",
                sameRow ? sample.sample().suspects() : List.of());
    }

    private void updateLabels() {
        LabelDocument document = shown == null ? null : shown.document();
        boolean dirty = document != null && document.isDirty();
        part.setLabel(dirty ? "*Frame" : "Frame");
        part.setTooltip(document == null ? null : document.target().toString());
        if (shown != null) {
            String target = document == null || !shown.file().kind().isMachineMade() ? ""
                    : "   edits go to " + document.name();
            title.setText(shown.project().name() + ":  " + canvas.content().title() + (dirty ? "  *" : "") + target);
        }
        controls.update(shown, canvas.selection());
    }

    private void key(Event event) {
        if (event.keyCode == SWT.DEL || event.keyCode == SWT.BS) {
            deleteSelected();
        } else if (event.keyCode == SWT.ARROW_RIGHT || event.keyCode == SWT.PAGE_DOWN) {
            step(1);
        } else if (event.keyCode == SWT.ARROW_LEFT || event.keyCode == SWT.PAGE_UP) {
            step(-1);
        }
    }

    void deleteSelected() {
        for (FrameKeypoint keypoint : canvas.selection()) {
            edit(frame -> KeypointEdits.delete(frame, keypointOf(keypoint)));
        }
    }

    void swapSelected() {
        List<FrameKeypoint> selected = canvas.selection();
        if (selected.size() == 2) {
            edit(frame -> KeypointEdits.swap(frame, keypointOf(selected.get(0)), keypointOf(selected.get(1))));
        }
    }

    void place(FrameKeypoint missing) {
        controls.placing(missing);
        canvas.setPlacing(missing != null);
    }

    void applySuggestedFix() {
        if (shown == null || shown.sample() == null) {
            return;
        }
        try {
            Optional<KeypointEditOperation> fix = SuggestedFixes.operation(shown.sample(), documents);
            if (fix.isPresent()) {
                documents.history().execute(fix.get(), null, null);
            }
        } catch (PreparationException | IllegalArgumentException | ExecutionException e) {
            status.setText(e.getMessage());
        }
    }

    /** Runs an edit of the frame shown as an undoable operation on its document's undo context. */
    private void edit(Function<KeypointEdits.Frame, KeypointEditOperation> build) {
        if (shown == null) {
            return;
        }
        try {
            KeypointEdits.Frame frame = EditTargets.frame(documents, shown.project(), shown.file(), shown.row());
            KeypointEditOperation operation = build.apply(frame);
            documents.setActive(operation.document());
            documents.history().execute(operation, null, null);
            status.setText(operation.getLabel() + (operation.addsRow() ? " (the frame was added to "
                    + operation.document().name() + ")" : ""));
        } catch (PreparationException | IllegalArgumentException | ExecutionException e) {
            status.setText(e.getMessage());
        }
    }

    private static KeypointEdits.Keypoint keypointOf(FrameKeypoint keypoint) {
        return new KeypointEdits.Keypoint(keypoint.individual(), keypoint.bodypart());
    }

    /** Turns the canvas's gestures into edits. */
    private final class CanvasEdits implements FrameCanvas.Listener {

        @Override
        public void moved(FrameKeypoint keypoint, double x, double y) {
            edit(frame -> KeypointEdits.move(frame, keypointOf(keypoint), x, y));
        }

        @Override
        public void placed(double x, double y) {
            FrameKeypoint missing = controls.placing();
            place(null);
            if (missing != null) {
                edit(frame -> KeypointEdits.place(frame, keypointOf(missing), x, y));
            }
        }

        @Override
        public void selectionChanged(List<FrameKeypoint> selected) {
            controls.update(shown, selected);
        }
    }
}
