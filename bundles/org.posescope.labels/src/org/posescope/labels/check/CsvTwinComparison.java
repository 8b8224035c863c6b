package org.posescope.labels.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.csv.PythonFloatFormat;

/**
 * Compares a {@code CollectedData_<scorer>.csv} with the {@code .h5} beside it. DeepLabCut reads only the .h5, so a
 * biologist who corrected the .csv in a spreadsheet sees her corrections ignored unless she is told.
 *
 * <p>Rows and columns are matched by key (the first of repeated rows, as DeepLabCut takes it), so a different order
 * is no difference. Values count as equal within a relative {@value #RELATIVE_TOLERANCE}: our writer and pandas
 * both write Python's shortest repr, which reads back exactly, and the margin only absorbs other writers' last digit.
 */
final class CsvTwinComparison {

    static final double RELATIVE_TOLERANCE = 1e-9;

    private CsvTwinComparison() {
    }

    /**
     * The sentence saying how the .csv differs from the .h5, or empty when they hold the same labels.
     *
     * @param csvName the .csv's file name, as the sentence shows it
     * @param h5Name the .h5's file name
     */
    static Optional<String> differences(String csvName, LabelTable csv, String h5Name, LabelTable h5) {
        Map<RowKey, Integer> csvRows = firstIndexes(csv.rows());
        Map<RowKey, Integer> h5Rows = firstIndexes(h5.rows());
        Map<ColumnKey, Integer> csvColumns = firstIndexes(csv.columns());
        Map<ColumnKey, Integer> h5Columns = firstIndexes(h5.columns());

        List<String> parts = new ArrayList<>();
        cellDifferences(csv, h5, csvRows, h5Rows, csvColumns, h5Columns).ifPresent(parts::add);
        onlyIn(csvRows.keySet(), h5Rows, "rows", "the .csv", CsvTwinComparison::shown).ifPresent(parts::add);
        onlyIn(h5Rows.keySet(), csvRows, "rows", "the .h5", CsvTwinComparison::shown).ifPresent(parts::add);
        onlyIn(csvColumns.keySet(), h5Columns, "columns", "the .csv", CsvTwinComparison::withScorer)
                .ifPresent(parts::add);
        onlyIn(h5Columns.keySet(), csvColumns, "columns", "the .h5", CsvTwinComparison::withScorer)
                .ifPresent(parts::add);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(csvName + " does not hold the same labels as " + h5Name + ": " + String.join("; ", parts)
                + ". DeepLabCut reads the .h5, so it uses the .h5's labels and ignores what differs in the .csv.");
    }

    private static Optional<String> cellDifferences(LabelTable csv, LabelTable h5, Map<RowKey, Integer> csvRows,
            Map<RowKey, Integer> h5Rows, Map<ColumnKey, Integer> csvColumns, Map<ColumnKey, Integer> h5Columns) {
        int compared = 0;
        int differing = 0;
        String first = null;
        for (Map.Entry<RowKey, Integer> row : h5Rows.entrySet()) {
            Integer csvRow = csvRows.get(row.getKey());
            if (csvRow == null) {
                continue;
            }
            for (Map.Entry<ColumnKey, Integer> column : h5Columns.entrySet()) {
                Integer csvColumn = csvColumns.get(column.getKey());
                if (csvColumn == null) {
                    continue;
                }
                compared++;
                double inCsv = csv.value(csvRow, csvColumn);
                double inH5 = h5.value(row.getValue(), column.getValue());
                if (!same(inCsv, inH5)) {
                    differing++;
                    if (first == null) {
                        first = shown(row.getKey()) + ", " + shown(column.getKey()) + ": " + shown(inCsv)
                                + " in the .csv, " + shown(inH5) + " in the .h5";
                    }
                }
            }
        }
        if (differing == 0) {
            return Optional.empty();
        }
        return Optional.of(differing + " of " + compared + (compared == 1 ? " cell" : " cells")
                + (differing == 1 ? " differs" : " differ")
                + " (the first is " + first + ")");
    }

    /** Whether two values are the same label: both missing, or equal within the relative tolerance. */
    static boolean same(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        if (a == b) {
            return true;
        }
        return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static <K> Optional<String> onlyIn(Iterable<K> keys, Map<K, Integer> other, String what, String where,
            Function<K, String> shown) {
        int count = 0;
        K first = null;
        for (K key : keys) {
            if (!other.containsKey(key)) {
                count++;
                first = first == null ? key : first;
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        String noun = count == 1 ? what.substring(0, what.length() - 1) + " is" : what + " are";
        return Optional.of(count + " " + noun + " only in " + where + " (" + (count == 1 ? "" : "the first is ")
                + shown.apply(first) + ")");
    }

    private static <K> Map<K, Integer> firstIndexes(List<K> keys) {
        Map<K, Integer> indexes = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            indexes.putIfAbsent(keys.get(i), i);
        }
        return indexes;
    }

    private static String shown(RowKey row) {
        return row instanceof RowKey.Image image ? image.image() : "frame " + row.display();
    }

    private static String shown(ColumnKey column) {
        String owner = column.individual().isEmpty() ? "" : " of " + column.individual();
        return column.bodypart() + owner + " " + column.coord();
    }

    /** A column named with its scorer, which is what differs when one twin was written under another scorer. */
    private static String withScorer(ColumnKey column) {
        return shown(column) + ", scorer " + column.scorer();
    }

    private static String shown(double value) {
        return Double.isNaN(value) ? "empty" : PythonFloatFormat.repr(value);
    }
}
