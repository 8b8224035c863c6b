package org.posescope.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every label file of the shared data reads as Debian's pandas reads it: the same column tuples, row keys, value
 * types and values, bit for bit with NaN in the same cells. CSV files are read by pandas with
 * {@code float_precision="round_trip"}.
 *
 * <p>Row keys are compared in our normalised form: back-slashes as forward slashes, and bare image names placed
 * under {@code labeled-data/<folder holding the file>}. Where pandas names blank scorer cells {@code Unnamed: ...},
 * the expectation continues the scorer to the left, as our reader does; where it invents such names below the
 * scorer, our reader must refuse the file with a {@link MalformedHeaderException}.
 */
class PandasParityTest {

    @TestFactory
    Stream<DynamicTest> everySharedFileReadsAsPandasReadsIt() {
        List<Path> files = SharedLabelFiles.all();
        Map<Path, PandasFrames.Frame> expected = PandasFrames.read(files);
        assertEquals(files.size(), expected.size(), "pandas answered for every file");
        return files.stream().map(file -> DynamicTest.dynamicTest(SharedLabelFiles.name(file),
                () -> compare(file, expected.get(file))));
    }

    private static void compare(Path file, PandasFrames.Frame pandas) throws Exception {
        if (pandas.malformed()) {
            MalformedHeaderException error = assertThrows(MalformedHeaderException.class,
                    () -> LabelFiles.read(file));
            assertTrue(error.getMessage().contains(file.getFileName().toString()), error.getMessage());
            return;
        }
        LoadedLabels loaded = LabelFiles.read(file);
        LabelTable table = loaded.table();

        List<List<String>> columns = new ArrayList<>();
        for (ColumnKey key : table.columns()) {
            columns.add(table.isMultiAnimal() ? List.of(key.scorer(), key.individual(), key.bodypart(), key.coord())
                    : List.of(key.scorer(), key.bodypart(), key.coord()));
        }
        assertEquals(pandas.columns(), columns, "column tuples");
        assertEquals(pandas.columns().get(0).size(), loaded.layout().columnLevels(), "column levels");

        assertEquals(pandas.rows().size(), table.rowCount(), "row count");
        String folder = file.toAbsolutePath().getParent().getFileName().toString();
        for (int r = 0; r < table.rowCount(); r++) {
            assertEquals(expectedKey(pandas.rows().get(r), folder), actualKey(table.row(r), loaded.layout()),
                    "row " + r);
        }

        for (int c = 0; c < table.columnCount(); c++) {
            ValueType type = pandas.dtypes().get(c).equals("int64") ? ValueType.INT64 : ValueType.FLOAT64;
            assertEquals(type, table.valueType(c), "type of column " + table.column(c));
        }
        for (int r = 0; r < table.rowCount(); r++) {
            String[] bits = pandas.valueBits().get(r);
            for (int c = 0; c < table.columnCount(); c++) {
                double value = table.value(r, c);
                String where = "row " + table.row(r).display() + ", column " + table.column(c);
                if (bits[c].equals("nan")) {
                    assertTrue(Double.isNaN(value), where + " should be NaN but is " + value);
                } else {
                    assertEquals(Long.parseUnsignedLong(bits[c], 16), Double.doubleToRawLongBits(value),
                            where + ": " + value);
                }
            }
        }
    }

    /** pandas' row label in our normalised spelling: a tab-joined 3-level tuple, a path, or a frame number. */
    private static String expectedKey(String pandasLabel, String folder) {
        if (pandasLabel.contains("\t") || pandasLabel.matches("-?\\d+")) {
            return pandasLabel;
        }
        String path = pandasLabel.replace('\\', '/');
        return path.contains("/") ? path : RowKey.Image.LABELED_DATA + "/" + folder + "/" + path;
    }

    private static String actualKey(RowKey key, SourceLayout layout) {
        if (layout.rowKeyStyle() == RowKeyStyle.THREE_LEVEL && key instanceof RowKey.Image image) {
            return image.folder() + "\t" + image.video() + "\t" + image.image();
        }
        return key.display();
    }
}
