package org.posescope.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LabelTableTest {

    private static LabelTable twoAnimals() {
        List<ColumnKey> columns = List.of(
                new ColumnKey("annot", "m1", "nose", "x"), new ColumnKey("annot", "m1", "nose", "y"),
                new ColumnKey("annot", "single", "food", "x"), new ColumnKey("annot", "single", "food", "y"));
        List<RowKey> rows = List.of(new RowKey.Image("labeled-data", "vid1", "img000.png"));
        double[][] values = {{1.5, 2.5, Double.NaN, Double.NaN}};
        ValueType[] types = {ValueType.FLOAT64, ValueType.FLOAT64, ValueType.INT64, ValueType.INT64};
        return new LabelTable(columns, rows, types, values, true);
    }

    @Test
    void namesIndividualsAndTheirBodypartsInColumnOrder() {
        LabelTable table = twoAnimals();

        assertEquals(List.of("m1", "single"), table.individuals());
        assertEquals(List.of("food"), table.bodyparts("single"));
        assertEquals(2, table.columnIndex("single", "food", "x"));
        assertEquals(-1, table.columnIndex("m1", "food", "x"));
    }

    @Test
    void nanInAnIntegerColumnMakesItFloatAsPandasWould() {
        LabelTable table = twoAnimals();

        table.setValue(0, 2, Double.NaN);

        assertEquals(ValueType.FLOAT64, table.valueType(2));
        assertEquals(ValueType.INT64, table.valueType(3));
    }

    @Test
    void copyIsIndependentAndEqualInContent() {
        LabelTable table = twoAnimals();
        LabelTable copy = table.copy();

        assertTrue(copy.sameContent(table));
        copy.setValue(0, 0, 9.0);
        assertFalse(copy.sameContent(table));
        assertEquals(1.5, table.value(0, 0));
    }

    @Test
    void refusesRepeatedColumns() {
        List<ColumnKey> columns = List.of(ColumnKey.single("s", "nose", "x"), ColumnKey.single("s", "nose", "x"));
        ValueType[] types = {ValueType.FLOAT64, ValueType.FLOAT64};

        assertThrows(IllegalArgumentException.class,
                () -> new LabelTable(columns, List.of(), types, new double[0][], false));
    }

    @Test
    void rowKeysDisplayAsDeepLabCutSpellsThem() {
        assertEquals("labeled-data/vid1/img000.png", new RowKey.Image("labeled-data", "vid1", "img000.png").display());
        assertEquals("42150", new RowKey.Frame(42150).display());
    }
}
