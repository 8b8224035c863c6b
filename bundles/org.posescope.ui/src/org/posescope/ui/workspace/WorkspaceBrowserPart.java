package org.posescope.ui.workspace;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.NodeFacts;
import org.posescope.labels.project.Project;
import org.posescope.ui.edit.LabelDocuments;
import org.posescope.ui.workbench.OpenProjects;
import org.posescope.ui.workbench.PoseScopeEvents;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The workspace browser: the open projects as a tree (project, labeled videos, label files, video outputs), and
 * below it the facts of the selected node. Reading the files behind those facts runs in a job, so a large
 * machine-label file never freezes the window.
 */
public final class WorkspaceBrowserPart {

    private final OpenProjects openProjects;
    private final ESelectionService selectionService;
    private final UISynchronize sync;
    private final LabelDocuments documents;

    private TreeViewer tree;
    private Text facts;
    private Job factsJob;
    /** Counts the requests for facts, so that only the latest one's answer is shown (touched on the UI thread). */
    private int factsRequest;

    /** @param documents the open label documents, whose unsaved edits the tree marks; null where none are */
    @Inject
    public WorkspaceBrowserPart(OpenProjects openProjects, ESelectionService selectionService, UISynchronize sync,
            @Optional LabelDocuments documents) {
        this.openProjects = openProjects;
        this.selectionService = selectionService;
        this.sync = sync;
        this.documents = documents;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);

        tree = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new ContentProvider());
        tree.setLabelProvider(new WorkspaceLabels(file -> documents != null && documents.hasUnsavedEdits(file)));
        ColumnViewerToolTipSupport.enableFor(tree);
        tree.setInput(openProjects);
        tree.expandToLevel(2);
        tree.addSelectionChangedListener(event -> selected(event.getStructuredSelection()));

        facts = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        showHint();
        sash.setWeights(65, 35);
    }

    /** The tree widget, for tests that drive the part directly. */
    TreeViewer viewer() {
        return tree;
    }

    /** The facts text, for tests that read what the part shows. */
    Text factsText() {
        return facts;
    }

    @Inject
    @Optional
    void workspaceChanged(@UIEventTopic(PoseScopeEvents.WORKSPACE_CHANGED) OpenProjects changed) {
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.refresh();
            tree.expandToLevel(2);
            if (tree.getStructuredSelection().isEmpty()) {
                showHint();
            }
        }
    }

    /** An edit, undo, redo, save or reload may have changed which files have unsaved edits. */
    @Inject
    @Optional
    void documentChanged(@UIEventTopic(PoseScopeEvents.DOCUMENT_CHANGED) Object changed) {
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.refresh(true);
        }
    }

    /** Saved labels change the facts of the nodes above them (labeled share, frames), so they are read again. */
    @Inject
    @Optional
    void labelsSaved(@UIEventTopic(PoseScopeEvents.LABELS_SAVED) Object saved) {
        if (tree != null && !tree.getControl().isDisposed()) {
            showFacts(tree.getStructuredSelection().getFirstElement());
        }
    }

    private void showHint() {
        facts.setText(openProjects.projects().isEmpty()
                ? "No project is open. Use File > Open Project... to open a DeepLabCut project folder."
                : "Select a project, a labeled video or a label file to see its facts.");
    }

    private void selected(IStructuredSelection selection) {
        Object node = selection.getFirstElement();
        selectionService.setSelection(node);
        showFacts(node);
    }

    private void showFacts(Object node) {
        if (node == null || node instanceof WorkspaceNodes.VideoOutputs) {
            return;
        }
        if (factsJob != null) {
            factsJob.cancel();
        }
        facts.setText("Reading...");
        int request = ++factsRequest;
        factsJob = Job.create("Reading " + nameOf(node), (IJobFunction) monitor -> computeFacts(node, request,
                monitor));
        factsJob.setUser(false);
        factsJob.schedule();
    }

    private IStatus computeFacts(Object node, int request, IProgressMonitor monitor) {
        NodeFacts computed = switch (node) {
            case Project project -> NodeFacts.of(project);
            case LabeledVideo video -> projectOf(video) != null ? NodeFacts.of(projectOf(video), video)
                    : NodeFacts.of(video);
            case LabelFile file -> NodeFacts.of(file);
            default -> null;
        };
        if (computed == null || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        String text = describe(node, computed);
        sync.asyncExec(() -> {
            // A job asked for before the latest (a cancel does not stop one already running) read older files.
            if (facts.isDisposed() || request != factsRequest
                    || tree.getStructuredSelection().getFirstElement() != node) {
                return;
            }
            facts.setText(text);
            tree.update(node, null);
        });
        return Status.OK_STATUS;
    }

    /** The open project a labeled video belongs to, whose config.yaml orders its bodyparts; null if none. */
    private Project projectOf(LabeledVideo video) {
        return openProjects.projects().stream().filter(project -> project.labeledVideos().contains(video))
                .findFirst().orElse(null);
    }

    private static String describe(Object node, NodeFacts computed) {
        StringBuilder text = new StringBuilder(nameOf(node)).append('\n');
        text.append("Frames: ").append(computed.frames()).append('\n');
        if (!(node instanceof LabelFile)) {
            text.append("Images: ").append(computed.images()).append('\n');
        }
        text.append("Bodyparts: ").append(join(computed.bodyparts())).append('\n');
        text.append("Individuals: ").append(computed.individuals().isEmpty() ? "one animal (single-animal labels)"
                : join(computed.individuals())).append('\n');
        text.append(String.format(Locale.ROOT, "Labeled: %.1f %% of keypoints%n", 100 * computed.labeledShare()));
        computed.neverLabeled().forEach(bodypart -> text.append(bodypart).append(": never labeled\n"));
        computed.layouts().forEach(layout -> text.append("Layout: ").append(layout).append('\n'));
        computed.unreadable().forEach(problem -> text.append("Cannot read: ").append(problem).append('\n'));
        return text.toString();
    }

    private static String nameOf(Object node) {
        return switch (node) {
            case Project project -> "Project " + project.name() + " (" + project.root() + ")";
            case LabeledVideo video -> "Labeled video " + video.name();
            case LabelFile file -> file.file().toString();
            default -> String.valueOf(node);
        };
    }

    private static String join(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static final class ContentProvider implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((OpenProjects) input).projects().toArray();
        }

        @Override
        public Object[] getChildren(Object node) {
            return WorkspaceNodes.children(node);
        }

        @Override
        public Object getParent(Object node) {
            return null;
        }

        @Override
        public boolean hasChildren(Object node) {
            return WorkspaceNodes.hasChildren(node);
        }
    }
}
