package org.posescope.labels.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.ValueType;

/**
 * Writes a label table byte for byte as pandas 1.5 {@code DataFrame.to_csv} writes the frame the HDF5 writer
 * stores: image rows as three index columns (labeled-data, video, image), frame rows as one, {@code \n} line ends,
 * NaN as an empty cell, floats as Python {@code repr}, int64 columns as whole numbers, and cells quoted only where
 * Python's csv module would (a comma, a double quote or a line break inside).
 */
public final class CsvLabelWriter {

    public void write(LabelTable table, Path file) throws IOException {
        boolean imageRows = table.rowCount() == 0 || table.row(0) instanceof RowKey.Image;
        int indexColumns = imageRows ? 3 : 1;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            List<String> levels = table.isMultiAnimal()
                    ? CsvHeader.MULTI_LEVELS : CsvHeader.SINGLE_LEVELS;
            for (String level : levels) {
                List<String> cells = new ArrayList<>();
                cells.add(level);
                for (int i = 1; i < indexColumns; i++) {
                    cells.add("");
                }
                for (ColumnKey key : table.columns()) {
                    cells.add(levelValue(key, level));
                }
                writeLine(out, cells);
            }
            for (int r = 0; r < table.rowCount(); r++) {
                writeLine(out, rowCells(table, r, imageRows));
            }
        }
    }

    private static List<String> rowCells(LabelTable table, int row, boolean imageRows) {
        List<String> cells = new ArrayList<>(table.columnCount() + 3);
        RowKey key = table.row(row);
        if (imageRows != key instanceof RowKey.Image) {
            throw new IllegalArgumentException("a table mixes image rows and frame rows");
        }
        if (key instanceof RowKey.Image image) {
            cells.add(image.folder());
            cells.add(image.video());
            cells.add(image.image());
        } else {
            cells.add(key.display());
        }
        for (int c = 0; c < table.columnCount(); c++) {
            double value = table.value(row, c);
            if (Double.isNaN(value)) {
                cells.add("");
            } else if (table.valueType(c) == ValueType.INT64) {
                cells.add(Long.toString((long) value));
            } else {
                cells.add(PythonFloatFormat.repr(value));
            }
        }
        return cells;
    }

    private static String levelValue(ColumnKey key, String level) {
        return switch (level) {
            case "scorer" -> key.scorer();
            case "individuals" -> key.individual();
            case "bodyparts" -> key.bodypart();
            default -> key.coord();
        };
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write('\n');
    }

    /** Python's csv QUOTE_MINIMAL: quote a cell holding the delimiter, the quote or a line break. */
    static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
