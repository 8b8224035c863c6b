package org.posescope.labels.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posescope.labels.check.FieldCase.assertSameColumnsAndValues;
import static org.posescope.labels.check.FieldCase.assertThreeLevelImageKeys;
import static org.posescope.labels.check.FieldCase.reports;
import static org.posescope.labels.check.FieldCase.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileRead;
import org.posescope.labels.project.PandasFrame;

/** Field cases about row keys, dataset keys and headers: what a good product does with each (cases/README.md). */
class FieldCasesRowsAndHeadersTest {

    @TempDir
    Path temporary;

    @Test
    void b01BareImageNamesLoadOntoTheirImagesAndSaveAsThreeLevelKeys() throws Exception {
        FieldCase b01 = FieldCase.copied("B01", temporary);
        LabelFile file = b01.human("vid1");
        PandasFrame input = PandasFrame.readHdf(file.file());

        LabelTable labels = table(file);
        for (int r = 0; r < 3; r++) {
            RowKey.Image image = (RowKey.Image) labels.row(r);
            assertEquals(new RowKey.Image("labeled-data", "vid1", "img00" + r + ".png"), image);
            assertTrue(Files.isRegularFile(b01.root.resolve(image.path())), image.path());
        }
        CheckReport report = b01.check();
        assertTrue(reports(report, ProblemKind.BARE_IMAGE_NAMES, "CollectedData_annot.h5"), report.toString());
        assertEquals(List.of(), report.problems(ProblemKind.MISSING_IMAGE));

        PandasFrame saved = PandasFrame.readHdf(b01.saveWithoutEdits(file));
        assertThreeLevelImageKeys(saved, "vid1");
        assertEquals(List.of("labeled-data", "vid1", "img002.png"), saved.rows().get(2));
        assertSameColumnsAndValues(input, saved);
    }

    @Test
    void b02WindowsPathsLoadOnLinuxAndSaveWithoutBackSlashes() throws Exception {
        FieldCase b02 = FieldCase.copied("B02", temporary);
        LabelFile file = b02.human("vid1");
        PandasFrame input = PandasFrame.readHdf(file.file());

        assertEquals(List.of("vid1"), b02.project.config().orElseThrow().videoFolderNames());
        List<RowKey> rows = table(file).rows();
        assertEquals(4, rows.size());
        for (int r = 0; r < 4; r++) {
            assertEquals(new RowKey.Image("labeled-data", "vid1", "img00" + r + ".png"), rows.get(r));
        }
        CheckReport report = b02.check();
        assertTrue(reports(report, ProblemKind.BACKSLASH_ROW_KEYS, "CollectedData_annot.h5", "mixes"),
                report.toString());
        assertEquals(List.of(), report.problems(ProblemKind.MISSING_IMAGE));

        Path h5 = b02.saveWithoutEdits(file);
        PandasFrame saved = PandasFrame.readHdf(h5);
        PandasFrame savedCsv = PandasFrame.readCsv(h5.resolveSibling("CollectedData_annot.csv"), 3, 3);
        assertThreeLevelImageKeys(saved, "vid1");
        assertThreeLevelImageKeys(savedCsv, "vid1");
        assertSameColumnsAndValues(input, saved);
    }

    @Test
    void b04OtherDatasetKeyLoadsAndSavesAsOneDfWithMissingGroup() throws Exception {
        FieldCase b04 = FieldCase.copied("B04", temporary);
        LabelFile file = b04.human("vid1");
        PandasFrame input = PandasFrame.readHdf(file.file());

        LabelFileRead.Loaded loaded = FieldCase.loaded(file);
        assertEquals(3, loaded.table().rowCount());
        assertEquals("keypoints", loaded.layout().key());
        assertEquals(List.of("/keypoints"), input.keys());
        CheckReport report = b04.check();
        assertTrue(reports(report, ProblemKind.NOTICE, "keypoints"), "the product says which key it used");
        assertEquals(List.of("CollectedData_annot.h5 keeps its labels under the key 'keypoints', where DeepLabCut"
                + " asks for 'df_with_missing' and does not find them; a save writes them under 'df_with_missing'."),
                report.problems(ProblemKind.OTHER_DATASET_KEY).stream().map(Problem::message).toList());

        PandasFrame saved = PandasFrame.readHdf(b04.saveWithoutEdits(file));
        assertEquals(List.of("/df_with_missing"), saved.keys());
        assertSameColumnsAndValues(input, saved);
    }

    @Test
    void b05MachineLabelsWithTwoDatasetsShowDfWithMissingAndStayUntouched() throws Exception {
        FieldCase b05 = FieldCase.copied("B05", temporary);
        LabelFile machine = b05.machine("vid1");
        byte[] machineBytes = Files.readAllBytes(machine.file());

        LabelFileRead.Loaded loaded = FieldCase.loaded(machine);
        LabelTable labels = loaded.table();
        int img003 = labels.rows().indexOf(new RowKey.Image("labeled-data", "vid1", "img003.png"));
        assertEquals(49.91, labels.value(img003, labels.columnIndex("", "nose", "x")), 1e-9);
        assertTrue(labels.hasLikelihood());
        assertEquals("df_with_missing", loaded.layout().key());
        CheckReport report = b05.check();
        assertTrue(reports(report, ProblemKind.NOTICE, "machinelabels-iter0.h5", "df_with_missing"),
                "the product says which dataset it used: " + report);
        assertEquals(CheckReport.CLEAN, report.exitStatus(), report.toString());

        b05.saveWithoutEdits(b05.human("vid1"));
        assertArrayEquals(machineBytes, Files.readAllBytes(machine.file()), "machinelabels-iter0.h5 changed");
        assertEquals(3, PandasFrame.readHdf(b05.human("vid1").file()).rows().size());
    }

    @Test
    void b06BlankScorerCellsContinueTheScorerToTheirLeft() throws Exception {
        FieldCase b06 = FieldCase.copied("B06", temporary);
        LabelFile file = b06.human("vid1");

        LabelTable labels = table(file);
        assertEquals(3, labels.rowCount());
        assertEquals(List.of("nose", "earL", "earR", "tail"), labels.bodyparts(""));
        assertTrue(labels.columns().stream().allMatch(column -> column.scorer().equals("annot")));
        assertTrue(labels.columns().stream().noneMatch(column -> column.toString().contains("Unnamed")));
        CheckReport report = b06.check();
        assertTrue(reports(report, ProblemKind.MALFORMED_HEADER, "CollectedData_annot.csv", "blank"),
                report.toString());

        Path h5 = b06.saveWithoutEdits(file);
        assertEquals("CollectedData_annot.h5", h5.getFileName().toString());
        PandasFrame saved = PandasFrame.readHdf(h5);
        assertEquals(List.of("scorer", "bodyparts", "coords"), saved.columnNames());
        assertThreeLevelImageKeys(saved, "vid1");
        assertTrue(saved.columns().stream().allMatch(column -> column.get(0).equals("annot")));
        assertEquals(50.41, saved.value(0, saved.column("nose", "x")));
    }

    @Test
    void b07MultiAnimalCsvHeaderDepthIsDetected() throws Exception {
        FieldCase b07 = FieldCase.copied("B07", temporary);
        LabelFile file = b07.human("vid1");
        PandasFrame input = PandasFrame.readCsv(file.file(), 4, 3);

        LabelFileRead.Loaded loaded = FieldCase.loaded(file);
        LabelTable labels = loaded.table();
        assertTrue(labels.isMultiAnimal());
        assertEquals(4, loaded.layout().columnLevels());
        assertEquals(List.of("m1", "m2"), labels.individuals());
        assertEquals(List.of("nose", "tail"), labels.bodyparts("m1"));
        assertEquals(3, labels.rowCount());
        assertEquals(50.41, labels.value(0, labels.columnIndex("m1", "nose", "x")));
        assertEquals(23.31, labels.value(0, labels.columnIndex("m1", "nose", "y")));
        assertEquals(CheckReport.CLEAN, b07.check().exitStatus(), b07.check().toString());

        PandasFrame saved = PandasFrame.readHdf(b07.saveWithoutEdits(file));
        assertEquals(List.of("scorer", "individuals", "bodyparts", "coords"), saved.columnNames());
        assertSameColumnsAndValues(input, saved);
    }

    @Test
    void b08NumericBodypartsKeepTheirNamesAndBlankCellsAreReported() throws Exception {
        FieldCase b08 = FieldCase.copied("B08", temporary);
        LabelFile vid1 = b08.human("vid1");
        PandasFrame input = PandasFrame.readHdf(vid1.file());

        LabelTable labels = table(vid1);
        assertEquals(59, labels.value(0, labels.columnIndex("", "2", "x")), 2);
        assertEquals(5, labels.value(0, labels.columnIndex("", "2", "y")), 2);
        assertEquals(59, labels.value(0, labels.columnIndex("", "10", "x")), 2);
        assertEquals(43, labels.value(0, labels.columnIndex("", "10", "y")), 2);
        assertEquals(List.of("nose", "tail", "1", "2", "10"), b08.project.config().orElseThrow().bodyparts());

        CheckReport report = b08.check();
        LabelFile vid2 = b08.human("vid2");
        assertInstanceOf(LabelFileRead.Failed.class, vid2.read());
        assertTrue(reports(report, ProblemKind.MALFORMED_HEADER, "CollectedData_annot.csv", "bodyparts", "10",
                "11"), report.toString());
        assertEquals(Severity.ERROR, report.problems(ProblemKind.MALFORMED_HEADER).get(0).severity());
        assertTrue(report.problems().stream().noneMatch(problem -> problem.message().contains("Unnamed")));
        assertEquals(CheckReport.PROBLEMS, report.exitStatus(), "vid1 was read, vid2 was not");

        PandasFrame saved = PandasFrame.readHdf(b08.saveWithoutEdits(vid1));
        assertNotEquals(-1, saved.column("10", "x"), "'10' saved as a string: " + saved.columns());
        assertNotEquals(-1, saved.column("2", "y"), "'2' saved as a string: " + saved.columns());
        assertTrue(saved.columns().stream().flatMap(List::stream).noneMatch(part -> part.startsWith("#")),
                "no level value is saved as a number: " + saved.columns());
        assertSameColumnsAndValues(input, saved);
    }

    @Test
    void b14NonAsciiFolderNameShowsAndSurvivesASave() throws Exception {
        String folder = "vidé_ß_鼠";
        FieldCase b14 = FieldCase.copied("B14", temporary);
        LabelFile file = b14.human(folder);

        assertEquals(List.of(folder), b14.project.config().orElseThrow().videoFolderNames());
        assertEquals(3, b14.video(folder).images().size());
        LabelTable labels = table(file);
        assertEquals(3, labels.rowCount());
        for (RowKey row : labels.rows()) {
            RowKey.Image image = (RowKey.Image) row;
            assertEquals(folder, image.video());
            assertTrue(Files.isRegularFile(b14.root.resolve(image.path())), image.path());
        }
        assertEquals(CheckReport.CLEAN, b14.check().exitStatus(), b14.check().toString());

        PandasFrame saved = PandasFrame.readHdf(b14.saveWithoutEdits(file));
        assertEquals(folder, saved.rows().get(0).get(1));
        assertFalse(saved.columns().isEmpty());
        assertTrue(labels.columns().stream().map(ColumnKey::scorer).allMatch("annot"::equals));
    }
}
