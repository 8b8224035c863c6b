package org.posescope.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.Project;
import org.posescope.testsupport.SharedData;
import org.posescope.ui.edit.CaseCopies;
import org.posescope.ui.edit.KeypointEdits;
import org.posescope.ui.edit.KeypointEdits.Keypoint;
import org.posescope.ui.edit.LabelDocument;
import org.posescope.ui.edit.LabelDocuments;
import org.posescope.ui.scan.DisplaySync;
import org.posescope.ui.scan.RecordingEventBroker;
import org.posescope.ui.workbench.OpenProjects;
import org.posescope.ui.workbench.WorkbenchProbe;

/**
 * The workspace browser: it marks a label file with unsaved edits with a leading '*' until it is saved or undone,
 * reads the selected node's facts again when labels are saved, and gives a labeled video's facts in its project's
 * terms.
 */
class WorkspaceBrowserPartTest {

    @TempDir
    Path temp;

    private Shell shell;

    @AfterEach
    void closeShell() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void anEditMarksTheFileAndSavingOrUndoingClearsTheMark() throws Exception {
        Path root = CaseCopies.copy(SharedData.caseProject("B19"), temp.resolve("B19"));
        OpenProjects open = WorkbenchProbe.openProjects(new RecordingEventBroker(), temp.resolve("open.txt"), root);
        Project project = open.projects().get(0);
        LabelFile file = CaseCopies.humanLabels(project);
        LabelDocuments documents = new LabelDocuments(new DefaultOperationHistory());
        WorkspaceBrowserPart part = openPart(open, documents);
        String name = file.fileName();
        assertEquals(name, textOf(part, file));

        LabelDocument document = documents.open(project, file);
        documents.history().execute(KeypointEdits.move(KeypointEdits.Frame.of(document, document.table().row(0)),
                new Keypoint("", "earL"), 12.5, 13.5), null, null);
        assertEquals(name, textOf(part, file), "the tree shows what it was last told");
        part.documentChanged(document);
        assertEquals("*" + name, textOf(part, file));

        documents.history().undo(document.undoContext(), null, null);
        part.documentChanged(document);
        assertEquals(name, textOf(part, file), "undoing the only edit leaves nothing unsaved");

        documents.history().redo(document.undoContext(), null, null);
        part.documentChanged(document);
        assertEquals("*" + name, textOf(part, file));
        documents.save(document, false);
        part.documentChanged(document);
        assertEquals(name, textOf(part, file));
    }

    @Test
    void savingReadsTheSelectedNodesFactsAgain() throws Exception {
        Path root = CaseCopies.copy(SharedData.caseProject("B19"), temp.resolve("B19"));
        OpenProjects open = WorkbenchProbe.openProjects(new RecordingEventBroker(), temp.resolve("open.txt"), root);
        Project project = open.projects().get(0);
        LabelFile file = CaseCopies.humanLabels(project);
        LabelDocuments documents = new LabelDocuments(new DefaultOperationHistory());
        WorkspaceBrowserPart part = openPart(open, documents);
        part.viewer().setSelection(new StructuredSelection(project), true);
        String before = factsWhenRead(part);

        LabelDocument document = documents.open(project, file);
        documents.history().execute(KeypointEdits.delete(KeypointEdits.Frame.of(document, document.table().row(0)),
                new Keypoint("", "earL")), null, null);
        documents.save(document, false);
        part.labelsSaved(document);
        String after = factsWhenRead(part);

        assertTrue(before.contains("Labeled: 100.0 %"), before);
        assertFalse(after.contains("Labeled: 100.0 %"), "one keypoint fewer is labeled now: " + after);
    }

    @Test
    void aLabeledVideosFactsFollowItsConfigAndNameTheBodypartsNeverLabeled() throws Exception {
        // Field case B10: config.yaml lists nose, earL, earR, tail, neck; the labels have no neck column.
        OpenProjects open = WorkbenchProbe.openProjects(new RecordingEventBroker(), temp.resolve("open.txt"),
                SharedData.caseProject("B10"));
        WorkspaceBrowserPart part = openPart(open, new LabelDocuments(new DefaultOperationHistory()));
        LabeledVideo video = open.projects().get(0).labeledVideos().get(0);

        part.viewer().setSelection(new StructuredSelection(video), true);
        String facts = factsWhenRead(part);

        assertTrue(facts.contains("neck: never labeled"), facts);
        assertFalse(facts.contains("Labeled: 100.0 %"), facts);
    }

    /** The facts text once its reading job has put it there. */
    private static String factsWhenRead(WorkspaceBrowserPart part) {
        Display display = part.factsText().getDisplay();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((part.factsText().getText().isEmpty() || part.factsText().getText().equals("Reading..."))
                && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return part.factsText().getText();
    }

    private WorkspaceBrowserPart openPart(OpenProjects open, LabelDocuments documents) {
        Display display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(500, 600);
        WorkspaceBrowserPart part = new WorkspaceBrowserPart(open, new LastSelection(), new DisplaySync(display),
                documents);
        part.createControls(shell);
        shell.open();
        part.viewer().expandAll();
        return part;
    }

    private static String textOf(WorkspaceBrowserPart part, LabelFile file) {
        for (TreeItem item : items(part.viewer().getTree().getItems())) {
            if (item.getData() == file) {
                return item.getText();
            }
        }
        throw new AssertionError(file.fileName() + " is not in the tree");
    }

    private static Iterable<TreeItem> items(TreeItem[] top) {
        return Stream.of(top).flatMap(item -> Stream.concat(Stream.of(item),
                Stream.of(item.getItems()).flatMap(child -> Stream.concat(Stream.of(child),
                        Stream.of(child.getItems()))))).toList();
    }

    /** Keeps the last selection the part reports; the test does not select anything. */
    private static final class LastSelection implements ESelectionService {

        private Object selection;

        @Override
        public void setSelection(Object value) {
            selection = value;
        }

        @Override
        public void setPostSelection(Object value) {
            selection = value;
        }

        @Override
        public Object getSelection() {
            return selection;
        }

        @Override
        public Object getSelection(String partId) {
            return selection;
        }

        @Override
        public void addSelectionListener(ISelectionListener listener) {
        }

        @Override
        public void removeSelectionListener(ISelectionListener listener) {
        }

        @Override
        public void addSelectionListener(String partId, ISelectionListener listener) {
        }

        @Override
        public void removeSelectionListener(String partId, ISelectionListener listener) {
        }

        @Override
        public void addPostSelectionListener(ISelectionListener listener) {
        }

        @Override
        public void removePostSelectionListener(ISelectionListener listener) {
        }

        @Override
        public void addPostSelectionListener(String partId, ISelectionListener listener) {
        }

        @Override
        public void removePostSelectionListener(String partId, ISelectionListener listener) {
        }
    }
}
