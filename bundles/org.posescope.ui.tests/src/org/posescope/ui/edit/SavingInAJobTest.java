package org.posescope.ui.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;
import org.posescope.labels.project.Project;
import org.posescope.testsupport.SharedData;
import org.posescope.ui.edit.KeypointEdits.Keypoint;

/**
 * Saving from the workbench writes in a job, off the UI thread, and still asks first when the file changed on
 * disk since it was read.
 */
class SavingInAJobTest {

    private static final String TWIN_DIALOG = "Labels Differ Between .h5 and .csv";

    @TempDir
    Path temp;

    private Shell shell;
    private DialogAnswers answers;
    private LabelDocuments documents;
    private LabelDocument document;
    private int earLx;
    private final List<String> savingThreads = new CopyOnWriteArrayList<>();
    private final IJobChangeListener jobs = new JobChangeAdapter() {
        @Override
        public void running(IJobChangeEvent event) {
            if (event.getJob().getName().startsWith("Saving ")) {
                savingThreads.add(event.getJob().getName() + " on " + Thread.currentThread().getName());
            }
        }
    };

    @BeforeEach
    void editACopyOfB19() throws Exception {
        shell = new Shell(Display.getDefault());
        documents = new LabelDocuments(new DefaultOperationHistory());
        Project project = Project.open(CaseCopies.copy(SharedData.caseProject("B19"), temp.resolve("B19")));
        document = documents.open(project, CaseCopies.humanLabels(project));
        earLx = document.table().columnIndex("", "earL", "x");
        documents.history().execute(KeypointEdits.move(KeypointEdits.Frame.of(document, document.table().row(0)),
                new Keypoint("", "earL"), 77.75, 88.5), null, null);
        Job.getJobManager().addJobChangeListener(jobs);
    }

    @AfterEach
    void close() {
        Job.getJobManager().removeJobChangeListener(jobs);
        if (answers != null) {
            answers.close();
        }
        shell.dispose();
    }

    @Test
    void theWriteRunsInAJobOffTheUiThread() throws Exception {
        List<LabelDocument> saved = new CopyOnWriteArrayList<>();
        documents.onSave(saved::add);

        assertTrue(DocumentSaving.save(shell, documents, document));

        assertEquals(1, savingThreads.size(), "one save job ran: " + savingThreads);
        assertTrue(savingThreads.get(0).startsWith("Saving " + document.name()), savingThreads.get(0));
        assertNotEquals(shell.getDisplay().getThread().getName(), savingThreads.get(0).split(" on ")[1]);
        assertFalse(document.isDirty());
        assertFalse(document.isSaving());
        assertEquals(List.of(document), saved, "the save listeners heard of it once");
        assertEquals(77.75, LabelFiles.read(document.target()).table().value(0, earLx));
    }

    @Test
    void aFileChangedOnDiskIsAskedAboutBeforeAnyJobAndCancelWritesNothing() throws Exception {
        Files.setLastModifiedTime(document.target(), FileTime.fromMillis(0));
        byte[] changedByOthers = Files.readAllBytes(document.target());
        answers = new DialogAnswers(shell.getDisplay());
        answers.answer("File Changed on Disk", "Cancel");

        assertFalse(DocumentSaving.save(shell, documents, document));

        assertEquals(List.of("File Changed on Disk"), answers.answered);
        assertEquals(List.of(), savingThreads, "no save job ran");
        assertTrue(document.isDirty());
        assertFalse(document.isSaving());
        assertArrayEquals(changedByOthers, Files.readAllBytes(document.target()));
    }

    @Test
    void overwritingAFileChangedOnDiskWritesInAJob() throws Exception {
        Files.setLastModifiedTime(document.target(), FileTime.fromMillis(0));
        answers = new DialogAnswers(shell.getDisplay());
        answers.answer("File Changed on Disk", "Overwrite");

        assertTrue(DocumentSaving.save(shell, documents, document));

        assertEquals(List.of("File Changed on Disk"), answers.answered);
        assertEquals(1, savingThreads.size(), savingThreads.toString());
        assertEquals(77.75, LabelFiles.read(document.target()).table().value(0, earLx));
        assertFalse(document.isDirty());
    }

    @Test
    void aCsvTwinThatDiffersIsAskedAboutAndCancelWritesNothing() throws Exception {
        LabelDocument opened = openWithCorrectedCsv("cancel");
        Path csv = LabelFiles.csvTwinOf(opened.target());
        byte[] corrected = Files.readAllBytes(csv);
        answers = new DialogAnswers(shell.getDisplay());
        answers.answer(TWIN_DIALOG, "Cancel");

        assertFalse(DocumentSaving.save(shell, documents, opened));

        assertEquals(List.of(TWIN_DIALOG), answers.answered);
        assertEquals(List.of(), savingThreads, "no save job ran");
        assertArrayEquals(corrected, Files.readAllBytes(csv));
    }

    @Test
    void savingBothFilesOverADifferingCsvKeepsItsBackup() throws Exception {
        LabelDocument opened = openWithCorrectedCsv("save");
        Path csv = LabelFiles.csvTwinOf(opened.target());
        answers = new DialogAnswers(shell.getDisplay());
        answers.answer(TWIN_DIALOG, "Save Both Files");

        assertTrue(DocumentSaving.save(shell, documents, opened));

        assertEquals(List.of(TWIN_DIALOG), answers.answered);
        assertEquals(77.75, LabelFiles.read(csv).table().value(0, earLx), "the .csv now holds what PoseScope shows");
        Path backup = Files.copy(csv.resolveSibling(csv.getFileName() + ".bak"), temp.resolve("backup.csv"));
        assertEquals(12.25, LabelFiles.read(backup).table().value(1, earLx), "the corrected .csv is kept");
    }

    /** A fresh copy of B19 whose .csv was corrected in a spreadsheet before opening, with one edit made. */
    private LabelDocument openWithCorrectedCsv(String name) throws Exception {
        Project project = Project.open(CaseCopies.copy(SharedData.caseProject("B19"), temp.resolve(name)));
        Path csv = LabelFiles.csvTwinOf(CaseCopies.humanLabels(project).file());
        LabelTable corrected = LabelFiles.read(csv).table();
        corrected.setValue(1, earLx, 12.25);
        LabelFiles.write(corrected, csv);
        LabelDocument opened = documents.open(project, CaseCopies.humanLabels(project));
        documents.history().execute(KeypointEdits.move(KeypointEdits.Frame.of(opened, opened.table().row(0)),
                new Keypoint("", "earL"), 77.75, 88.5), null, null);
        return opened;
    }
}
