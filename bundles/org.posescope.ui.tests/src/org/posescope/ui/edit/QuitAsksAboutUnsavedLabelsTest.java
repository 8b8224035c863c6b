package org.posescope.ui.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.project.Project;
import org.posescope.testsupport.SharedData;
import org.posescope.ui.edit.KeypointEdits.Keypoint;
import org.posescope.ui.workbench.QuitHandler;

/** File &gt; Quit asks about unsaved labels through the window's close handler, as closing the window does. */
class QuitAsksAboutUnsavedLabelsTest {

    private static final String QUESTION = "Unsaved Labels";

    @TempDir
    Path temp;

    private Shell shell;
    private DialogAnswers answers;
    private IEclipseContext context;
    private LabelDocuments documents;
    private LabelDocument document;
    private QuitRecorder workbench;

    @BeforeEach
    void openWindowWithAnEdit() throws Exception {
        shell = new Shell(Display.getDefault());
        documents = new LabelDocuments(new DefaultOperationHistory());
        Project project = Project.open(CaseCopies.copy(SharedData.caseProject("B19"), temp.resolve("B19")));
        document = documents.open(project, CaseCopies.humanLabels(project));
        documents.history().execute(KeypointEdits.move(KeypointEdits.Frame.of(document, document.table().row(0)),
                new Keypoint("", "earL"), 55.5, 66.25), null, null);

        MApplication application = MApplicationFactory.INSTANCE.createApplication();
        MTrimmedWindow window = MBasicFactory.INSTANCE.createTrimmedWindow();
        application.getChildren().add(window);
        context = EclipseContextFactory.create("quit test");
        IEclipseContext windowContext = context.createChild("window");
        windowContext.set(IWindowCloseHandler.class, DocumentSaving.closeHandler(documents));
        window.setContext(windowContext);
        window.setWidget(shell);
        workbench = new QuitRecorder(application);
        context.set(IWorkbench.class, workbench);
        context.set(MApplication.class, application);
    }

    @AfterEach
    void closeWindow() {
        if (answers != null) {
            answers.close();
        }
        shell.dispose();
        context.dispose();
    }

    @Test
    void cancelKeepsTheApplicationAndTheEdit() {
        answers = new DialogAnswers(shell.getDisplay());
        answers.answer(QUESTION, "Cancel");

        quit();

        assertEquals(List.of(QUESTION), answers.answered, "Quit asked about the unsaved edit");
        assertFalse(workbench.closed, "Cancel keeps the application running");
        assertTrue(document.isDirty());
    }

    @Test
    void saveAllWritesTheEditThenQuits() throws Exception {
        answers = new DialogAnswers(shell.getDisplay());
        answers.answer(QUESTION, "Save All");

        quit();

        assertEquals(List.of(QUESTION), answers.answered);
        assertTrue(workbench.closed);
        assertFalse(document.isDirty());
        int earLx = document.table().columnIndex("", "earL", "x");
        assertEquals(55.5, LabelFiles.read(document.target()).table().value(0, earLx));
    }

    @Test
    void dontSaveQuitsWithoutWriting() throws Exception {
        byte[] before = Files.readAllBytes(document.target());
        answers = new DialogAnswers(shell.getDisplay());
        answers.answer(QUESTION, "Don't Save");

        quit();

        assertEquals(List.of(QUESTION), answers.answered);
        assertTrue(workbench.closed);
        assertArrayEquals(before, Files.readAllBytes(document.target()));
    }

    @Test
    void withNothingUnsavedQuitAsksNothing() throws Exception {
        documents.save(document, false);
        answers = new DialogAnswers(shell.getDisplay());
        answers.answer(QUESTION, "Cancel");

        quit();

        assertEquals(List.of(), answers.answered);
        assertTrue(workbench.closed);
    }

    private void quit() {
        ContextInjectionFactory.invoke(new QuitHandler(), Execute.class, context);
    }

    /** The workbench as Quit sees it; records whether it was told to close. */
    private static final class QuitRecorder implements IWorkbench {

        private final MApplication application;
        boolean closed;

        QuitRecorder(MApplication application) {
            this.application = application;
        }

        @Override
        public boolean close() {
            closed = true;
            return true;
        }

        @Override
        public MApplication getApplication() {
            return application;
        }

        @Override
        public String getId() {
            return "quit test";
        }

        @Override
        public boolean restart() {
            return false;
        }
    }
}
