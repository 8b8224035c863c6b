package org.posescope.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileKind;
import org.posescope.labels.project.Project;
import org.posescope.testsupport.Pandas;
import org.posescope.testsupport.SharedData;
import org.posescope.ui.edit.KeypointEdits.Keypoint;

/** Edits, undo, redo, save and reload of label documents on copies of field cases and real projects. */
class LabelDocumentEditingTest {

    /** Prints every cell where two label files differ, NaN equal to NaN: "row|column|old|new". */
    private static final String DIFF = """
            import sys, pandas as pd, numpy as np
            def load(p):
                return pd.read_hdf(p) if p.endswith('.h5') else pd.read_csv(p, header=[0,1,2], index_col=[0,1,2])
            a, b = load(sys.argv[1]), load(sys.argv[2])
            assert list(a.index) == list(b.index), 'rows differ'
            assert [c[1:] for c in a.columns] == [c[1:] for c in b.columns], 'columns differ'
            for i in range(a.shape[0]):
                for j in range(a.shape[1]):
                    x, y = a.iat[i, j], b.iat[i, j]
                    if not (x == y or (pd.isna(x) and pd.isna(y))):
                        print(f'{a.index[i][2]}|{a.columns[j][1]}.{a.columns[j][2]}|{x}|{y}')
            print('rows', b.shape[0])
            """;

    @TempDir
    Path temp;

    private IOperationHistory history;
    private LabelDocuments documents;

    @BeforeEach
    void createHistory() {
        history = new DefaultOperationHistory();
        documents = new LabelDocuments(history);
    }

    @Test
    void b19DeletingAKeypointPersistsAndUndoRestoresIt() throws Exception {
        Project project = Project.open(CaseCopies.copy(SharedData.caseProject("B19"), temp.resolve("B19")));
        LabelFile file = CaseCopies.humanLabels(project);
        LabelDocument document = documents.open(project, file);
        LabelTable original = document.table().copy();
        int earLx = original.columnIndex("", "earL", "x");
        int earLy = original.columnIndex("", "earL", "y");

        history.execute(KeypointEdits.delete(KeypointEdits.Frame.of(document, original.row(0)),
                new Keypoint("", "earL")), null, null);
        assertTrue(Double.isNaN(document.table().value(0, earLx)));
        assertTrue(document.isDirty());
        assertEquals("Delete earL", history.getUndoOperation(document.undoContext()).getLabel());

        history.undo(document.undoContext(), null, null);
        assertEquals(38.62, document.table().value(0, earLx));
        assertEquals(16.55, document.table().value(0, earLy));
        assertTrue(document.table().sameContent(original), "undo gives back exactly the table read");
        assertFalse(document.isDirty());

        history.redo(document.undoContext(), null, null);
        documents.save(document, false);
        assertFalse(document.isDirty());
        assertTrue(history.canUndo(document.undoContext()), "the history is kept across a save");

        LabelTable reread = LabelFiles.read(file.file()).table();
        LabelTable expected = original.copy();
        expected.setValue(0, earLx, Double.NaN);
        expected.setValue(0, earLy, Double.NaN);
        assertTrue(reread.sameContent(expected), "the file holds exactly the edited table");

        Path before = SharedData.caseProject("B19").resolve("labeled-data/vid1/CollectedData_annot.h5");
        for (Path saved : List.of(file.file(), LabelFiles.csvTwinOf(file.file()))) {
            String diff = Pandas.run(DIFF, before.toString(), saved.toString());
            assertEquals("img000.png|earL.x|38.62|nan\nimg000.png|earL.y|16.55|nan\nrows 2\n", diff, saved
                    + " differs from the original in the deleted cells only");
        }
    }

    @Test
    void b18SavingWithoutEditsKeepsEveryUnlabeledRow() throws Exception {
        Project project = Project.open(CaseCopies.copy(SharedData.caseProject("B18"), temp.resolve("B18")));
        LabelFile file = CaseCopies.humanLabels(project);
        LabelDocument document = documents.open(project, file);
        documents.save(document, false);
        documents.save(document, false);

        Path before = SharedData.caseProject("B18").resolve("labeled-data/vid1/" + file.fileName());
        assertEquals("rows 5\n", Pandas.run(DIFF, before.toString(), file.file().toString()));
        assertEquals("rows 5\n", Pandas.run(DIFF, before.toString(),
                LabelFiles.csvTwinOf(file.file()).toString()));
    }

    @Test
    void moveUndoRedoSaveAndReloadGiveExactlyTheExpectedTable() throws Exception {
        Project project = Project.open(CaseCopies.copy(SharedData.data().resolve("openfield-Pranav-2018-10-30"),
                temp.resolve("openfield")));
        LabelFile file = CaseCopies.humanLabels(project);
        LabelDocument document = documents.open(project, file);
        LabelTable original = document.table().copy();
        KeypointEdits.Frame frame = KeypointEdits.Frame.of(document, original.row(5));

        history.execute(KeypointEdits.move(frame, new Keypoint("", "snout"), 101.5, 202.25), null, null);
        history.execute(KeypointEdits.swap(frame, new Keypoint("", "leftear"), new Keypoint("", "rightear")), null,
                null);
        assertEquals("Swap leftear and rightear", history.getUndoOperation(document.undoContext()).getLabel());
        history.undo(document.undoContext(), null, null);
        assertEquals("Move snout", history.getUndoOperation(document.undoContext()).getLabel());
        assertEquals("Swap leftear and rightear", history.getRedoOperation(document.undoContext()).getLabel());
        history.redo(document.undoContext(), null, null);
        documents.save(document, false);

        LabelTable expected = original.copy();
        expected.setValue(5, original.columnIndex("", "snout", "x"), 101.5);
        expected.setValue(5, original.columnIndex("", "snout", "y"), 202.25);
        for (String coord : List.of("x", "y")) {
            int left = original.columnIndex("", "leftear", coord);
            int right = original.columnIndex("", "rightear", coord);
            expected.setValue(5, left, original.value(5, right));
            expected.setValue(5, right, original.value(5, left));
        }
        assertTrue(LabelFiles.read(file.file()).table().sameContent(expected));
        assertTrue(LabelFiles.read(LabelFiles.csvTwinOf(file.file())).table().sameContent(expected));

        // Undoing past the save makes the document dirty again; reloading drops the edits and the history.
        history.undo(document.undoContext(), null, null);
        assertTrue(document.isDirty());
        documents.reload(document);
        assertFalse(document.isDirty());
        assertFalse(history.canUndo(document.undoContext()));
        assertTrue(document.table().sameContent(expected));
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenUnlessTheUserSaysSo() throws Exception {
        Project project = Project.open(CaseCopies.copy(SharedData.caseProject("B19"), temp.resolve("B19")));
        LabelFile file = CaseCopies.humanLabels(project);
        LabelDocument document = documents.open(project, file);
        history.execute(KeypointEdits.move(KeypointEdits.Frame.of(document, document.table().row(1)),
                new Keypoint("", "nose"), 1, 2), null, null);

        // Another program rewrites the file with the same size: only the content hash tells.
        LabelTable theirs = LabelFiles.read(file.file()).table();
        theirs.setValue(0, 0, 77.25);
        LabelFiles.save(theirs, file.file());
        byte[] onDisk = Files.readAllBytes(file.file());

        assertThrows(ChangedOnDiskException.class, () -> documents.save(document, false));
        assertTrue(java.util.Arrays.equals(onDisk, Files.readAllBytes(file.file())), "the file is untouched");

        documents.save(document, true);
        assertEquals(1.0, LabelFiles.read(file.file()).table().value(1, 0));
        assertEquals(50.41, LabelFiles.read(file.file()).table().value(0, 0), "overwriting writes our table");
    }

    @Test
    void refiningMachineLabelsAddsTheFrameToCollectedDataAndNeverWritesTheMachineFile() throws Exception {
        Path source = SharedData.data().resolve("multi_mouse-dlc_team-2022-04-12");
        Path copy = temp.resolve("multi");
        CaseCopies.copy(source.resolve("labeled-data/m3v1mp4short"), copy.resolve("labeled-data/m3v1mp4short"));
        Files.copy(source.resolve("config.yaml"), copy.resolve("config.yaml"));
        Project project = Project.open(copy);
        LabelFile machine = project.labeledVideos().get(0).labelFiles().stream()
                .filter(f -> f.kind() == LabelFileKind.MACHINE_LABELS && f.fileName().endsWith(".h5")).findFirst()
                .orElseThrow();
        byte[] machineBytes = Files.readAllBytes(machine.file());
        LabelTable machineTable = LabelFiles.read(machine.file()).table();
        String individual = machineTable.individuals().get(0);
        String bodypart = machineTable.bodyparts(individual).get(0);

        KeypointEdits.Frame frame = EditTargets.frame(documents, project, machine, 0);
        LabelDocument document = frame.document();
        assertEquals(LabelFileKind.HUMAN_LABELS, document.source().orElseThrow().kind());
        int rowsBefore = document.table().rowCount();
        KeypointEditOperation move = KeypointEdits.move(frame, new Keypoint(individual, bodypart), 12.5, 34.5);
        assertTrue(move.addsRow() == (document.rowOf(machineTable.row(0)) < 0));
        history.execute(move, null, null);
        documents.save(document, false);

        LabelTable saved = LabelFiles.read(document.target()).table();
        int row = document.rowOf(machineTable.row(0));
        assertEquals(rowsBefore + (move.addsRow() ? 1 : 0), saved.rowCount());
        assertEquals(12.5, saved.value(row, saved.columnIndex(individual, bodypart, "x")));
        int otherBodypart = saved.columnIndex(individual, machineTable.bodyparts(individual).get(1), "x");
        int machineColumn = machineTable.columnIndex(individual, machineTable.bodyparts(individual).get(1), "x");
        assertEquals(machineTable.value(0, machineColumn), saved.value(row, otherBodypart),
                "the refined row starts from the machine's labels");
        assertTrue(java.util.Arrays.equals(machineBytes, Files.readAllBytes(machine.file())));

        history.undo(document.undoContext(), null, null);
        assertEquals(rowsBefore, document.table().rowCount(), "undo removes the added frame again");
    }
}
