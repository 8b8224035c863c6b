package org.posescope.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.Pandas;
import org.posescope.testsupport.SharedData;

/** What the readers make of the awkward inputs of the field cases and the synthetic edge files. */
class FieldCaseReadingTest {

    @TempDir
    Path scratch;

    private static Path vid1(String caseName, String file) {
        return SharedData.caseProject(caseName).resolve("labeled-data/vid1").resolve(file);
    }

    private static boolean mentions(SourceLayout layout, String text) {
        return layout.notices().stream().anyMatch(notice -> notice.contains(text));
    }

    @Test
    void bareImageNamesBelongToTheFolderOfTheFile() throws Exception {
        LoadedLabels loaded = LabelFiles.read(vid1("B01", "CollectedData_annot.h5"));
        assertEquals(RowKeyStyle.IMAGE_NAME, loaded.layout().rowKeyStyle());
        assertEquals(new RowKey.Image("labeled-data", "vid1", "img000.png"), loaded.table().row(0));
    }

    @Test
    void windowsBackSlashesAreSeparators() throws Exception {
        LoadedLabels loaded = LabelFiles.read(vid1("B02", "CollectedData_annot.h5"));
        assertTrue(loaded.table().rows().stream().allMatch(row -> row.display().startsWith("labeled-data/vid1/")));
        assertTrue(mentions(loaded.layout(), "back-slashes"));
    }

    @Test
    void anotherKeyIsReadAndSaid() throws Exception {
        LoadedLabels loaded = LabelFiles.read(SharedData.caseProject("B04").resolve(
                "labeled-data/vid1/CollectedData_annot.h5"));
        assertEquals("keypoints", loaded.layout().key());
        assertEquals(3, loaded.table().rowCount());
        assertTrue(mentions(loaded.layout(), "'keypoints'"));
    }

    @Test
    void dfWithMissingWinsOverASecondKey() throws Exception {
        LoadedLabels loaded = LabelFiles.read(vid1("B05", "machinelabels-iter0.h5"));
        assertEquals("df_with_missing", loaded.layout().key());
        assertTrue(mentions(loaded.layout(), "machinelabels"));
        LabelTable table = loaded.table();
        assertEquals(49.91, table.value(0, table.columnIndex("", "nose", "x")), 0.01);
        assertTrue(table.hasLikelihood());
    }

    @Test
    void severalKeysWithoutDfWithMissingAreRefusedWithTheirNames() throws Exception {
        Path file = scratch.resolve("two.h5");
        Pandas.run("""
                import sys, pandas as pd
                columns = pd.MultiIndex.from_tuples([("s", "nose", "x"), ("s", "nose", "y")],
                                                    names=["scorer", "bodyparts", "coords"])
                frame = pd.DataFrame([[1.0, 2.0]], columns=columns, index=["labeled-data/v/img0.png"])
                frame.to_hdf(sys.argv[1], key="first", mode="w")
                frame.to_hdf(sys.argv[1], key="second")
                """, file.toString());
        LabelKeyException error = assertThrows(LabelKeyException.class, () -> LabelFiles.read(file));
        assertEquals(List.of("first", "second"), error.keysFound().stream().sorted().toList());
        assertTrue(error.getMessage().contains("two.h5") && error.getMessage().contains("first"),
                error.getMessage());
    }

    @Test
    void blankScorerCellsContinueTheScorerToTheirLeft() throws Exception {
        LoadedLabels loaded = LabelFiles.read(vid1("B06", "CollectedData_annot.csv"));
        assertTrue(loaded.table().columns().stream().allMatch(key -> key.scorer().equals("annot")));
        assertEquals(List.of("annot"), loaded.table().columns().stream().map(ColumnKey::scorer).distinct().toList());
        assertEquals(3, loaded.table().rowCount());
        assertEquals(4, loaded.table().bodyparts("").size());
        assertTrue(mentions(loaded.layout(), "scorer row blank"));
    }

    @Test
    void multiAnimalCsvHeaderDepthComesFromTheFirstColumn() throws Exception {
        LoadedLabels loaded = LabelFiles.read(vid1("B07", "CollectedData_annot.csv"));
        assertEquals(4, loaded.layout().columnLevels());
        LabelTable table = loaded.table();
        assertEquals(List.of("m1", "m2"), table.individuals());
        assertEquals(50.41, table.value(0, table.columnIndex("m1", "nose", "x")), 1e-9);
        assertEquals(23.31, table.value(0, table.columnIndex("m1", "nose", "y")), 1e-9);
    }

    @Test
    void blankBodypartCellsAreATypedErrorNamingTheColumns() {
        Path file = SharedData.caseProject("B08").resolve("labeled-data/vid2/CollectedData_annot.csv");
        MalformedHeaderException error = assertThrows(MalformedHeaderException.class, () -> LabelFiles.read(file));
        assertTrue(error.getMessage().contains("CollectedData_annot.csv"), error.getMessage());
        assertTrue(error.getMessage().contains("bodyparts") && error.getMessage().matches(".*column\\(s\\) \\d+.*"),
                error.getMessage());
        assertTrue(!error.getMessage().contains("Unnamed"), error.getMessage());
    }

    @Test
    void numericBodypartNamesStayStrings() throws Exception {
        LabelTable table = LabelFiles.read(SharedData.caseProject("B08").resolve(
                "labeled-data/vid1/CollectedData_annot.h5")).table();
        assertEquals(59, table.value(0, table.columnIndex("", "2", "x")), 2);
        assertEquals(5, table.value(0, table.columnIndex("", "2", "y")), 2);
        assertEquals(43, table.value(0, table.columnIndex("", "10", "y")), 2);
    }

    @Test
    void nonAsciiFolderNamesDecodeAsUtf8() throws Exception {
        Path file = SharedData.caseProject("B14").resolve("labeled-data/vidé_ß_鼠/CollectedData_annot.h5");
        RowKey.Image row = (RowKey.Image) LabelFiles.read(file).table().row(0);
        assertEquals("vidé_ß_鼠", row.video());
    }

    @Test
    void repeatedRowsAreReportedAndListed() throws Exception {
        LoadedLabels loaded = LabelFiles.read(vid1("B16", "machinelabels-iter0.h5"));
        Map<RowKey, List<Integer>> repeated = loaded.table().repeatedRows();
        assertEquals(Map.of(new RowKey.Image("labeled-data", "vid1", "img004.png"), List.of(1, 2)), repeated);
        assertTrue(mentions(loaded.layout(), "img004.png appears 2 times"));
    }

    @Test
    void objectColumnsAreReadAsNumbersAndSaid() throws Exception {
        Path file = SharedData.data().resolve("synthetic/edge_object_block/labeled-data/vid1/CollectedData_synth.h5");
        LoadedLabels loaded = LabelFiles.read(file);
        LabelTable table = loaded.table();
        int x = table.columnIndex("", "tailbase", "x");
        assertTrue(Double.isNaN(table.value(0, x)));
        assertEquals(12.5, table.value(1, x));
        assertEquals(30.25, table.value(2, x));
        assertTrue(mentions(loaded.layout(), "Python objects"));
    }

    @Test
    void bodypartsMissingFromTheFileAreAddedAfterTheExistingColumns() throws Exception {
        LabelTable table = LabelFiles.read(vid1("B10", "CollectedData_annot.h5")).table();
        List<String> before = table.bodyparts("");
        List<String> wanted = new java.util.ArrayList<>(before);
        wanted.add("neck");

        LabelTable extended = table.withBodyparts("", wanted);

        assertEquals(wanted, extended.bodyparts(""));
        assertEquals(table.columns(), extended.columns().subList(0, table.columnCount()));
        int neck = extended.columnIndex("", "neck", "x");
        for (int r = 0; r < extended.rowCount(); r++) {
            assertTrue(Double.isNaN(extended.value(r, neck)));
            for (int c = 0; c < table.columnCount(); c++) {
                assertEquals(Double.doubleToLongBits(table.value(r, c)), Double.doubleToLongBits(extended.value(r, c)));
            }
        }
    }

    @Test
    void aNewBodypartOfOneIndividualFollowsThatIndividualsColumns() throws Exception {
        LabelTable table = LabelFiles.read(SharedData.caseProject("B11").resolve(
                "labeled-data/vid1/CollectedData_annot.h5")).table();
        LabelTable extended = table.withBodyparts("m1", List.of("nose", "earL", "earR", "tail", "neck"));
        int lastOfM1 = extended.columnIndex("m1", "neck", "y");
        assertEquals("m2", extended.column(lastOfM1 + 1).individual());
        assertEquals(table.columnCount() + 2, extended.columnCount());
    }
}
