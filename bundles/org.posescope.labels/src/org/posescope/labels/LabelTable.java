package org.posescope.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of keypoint labels as DeepLabCut and pandas see it: one row per image or video frame, one column per
 * (scorer, individual, bodypart, coordinate), NaN where a label is missing.
 *
 * <p>Column order, row order and row keys are those of the file, so that writing a table back changes nothing but
 * the edited cells. Values are held as doubles; {@link #valueType(int)} remembers columns stored as integers.
 *
 * <p>Not thread safe: the workbench edits a table on the UI thread and hands copies to background jobs.
 */
public final class LabelTable {

    private final List<ColumnKey> columns;
    private final List<RowKey> rows;
    private final ValueType[] valueTypes;
    private final double[][] values;
    private final Map<ColumnKey, Integer> columnIndex = new HashMap<>();
    private final boolean multiAnimal;

    /**
     * @param columns the column keys in file order
     * @param rows the row keys in file order
     * @param valueTypes the stored type of each column
     * @param values the values, {@code values[row][column]}; the table takes ownership of the arrays
     * @param multiAnimal whether the file has four column levels (individuals) rather than three
     */
    public LabelTable(List<ColumnKey> columns, List<RowKey> rows, ValueType[] valueTypes, double[][] values,
            boolean multiAnimal) {
        this.columns = List.copyOf(columns);
        this.rows = new ArrayList<>(rows);
        this.valueTypes = valueTypes.clone();
        this.values = Objects.requireNonNull(values, "values");
        this.multiAnimal = multiAnimal;

        if (valueTypes.length != columns.size()) {
            throw new IllegalArgumentException(valueTypes.length + " value types for " + columns.size() + " columns");
        }
        if (values.length != rows.size()) {
            throw new IllegalArgumentException(values.length + " value rows for " + rows.size() + " row keys");
        }
        for (double[] row : values) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("a value row has " + row.length + " cells, expected "
                        + columns.size());
            }
        }
        for (int c = 0; c < this.columns.size(); c++) {
            if (columnIndex.putIfAbsent(this.columns.get(c), c) != null) {
                throw new IllegalArgumentException("column " + this.columns.get(c) + " appears twice");
            }
        }
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columns.size();
    }

    public List<ColumnKey> columns() {
        return columns;
    }

    public List<RowKey> rows() {
        return List.copyOf(rows);
    }

    public RowKey row(int row) {
        return rows.get(row);
    }

    public ColumnKey column(int column) {
        return columns.get(column);
    }

    public ValueType valueType(int column) {
        return valueTypes[column];
    }

    public boolean isMultiAnimal() {
        return multiAnimal;
    }

    public double value(int row, int column) {
        return values[row][column];
    }

    /** Sets one cell; setting NaN in an integer column turns that column into a float column, as pandas would. */
    public void setValue(int row, int column, double value) {
        if (valueTypes[column] == ValueType.INT64 && (Double.isNaN(value) || value != Math.rint(value))) {
            valueTypes[column] = ValueType.FLOAT64;
        }
        values[row][column] = value;
    }

    /** The index of the column, or -1. Use the empty string as individual for single-animal tables. */
    public int columnIndex(String individual, String bodypart, String coord) {
        for (int c = 0; c < columns.size(); c++) {
            ColumnKey key = columns.get(c);
            if (key.individual().equals(individual) && key.bodypart().equals(bodypart) && key.coord().equals(coord)) {
                return c;
            }
        }
        return -1;
    }

    public int columnIndex(ColumnKey key) {
        return columnIndex.getOrDefault(key, -1);
    }

    /** The scorer of the first column; DeepLabCut files hold one scorer. */
    public String scorer() {
        return columns.isEmpty() ? "" : columns.get(0).scorer();
    }

    /** The individuals in column order; a single-animal table has one, the empty string. */
    public List<String> individuals() {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        columns.forEach(key -> seen.add(key.individual()));
        return List.copyOf(seen);
    }

    /** The bodyparts of one individual in column order. */
    public List<String> bodyparts(String individual) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (ColumnKey key : columns) {
            if (key.individual().equals(individual)) {
                seen.add(key.bodypart());
            }
        }
        return List.copyOf(seen);
    }

    /** The coordinates in column order: {@code x, y}, plus {@code likelihood} or {@code z} where present. */
    public List<String> coords() {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        columns.forEach(key -> seen.add(key.coord()));
        return List.copyOf(seen);
    }

    public boolean hasLikelihood() {
        return coords().contains("likelihood");
    }

    /**
     * The row positions of every row key that occurs more than once, in order of first occurrence; empty when all
     * keys are distinct. DeepLabCut uses the first of repeated rows.
     */
    public Map<RowKey, List<Integer>> repeatedRows() {
        return RowKeys.repeated(rows);
    }

    /**
     * A copy with columns added for those of {@code bodyparts} that the individual lacks, all NaN and float64, as
     * DeepLabCut does when config.yaml lists bodyparts the file does not have yet. Existing columns keep their
     * order; new ones follow the individual's last column (at the end for a single-animal table), in the order
     * given, each with the coordinates the individual already has ({@code x, y} for a new individual).
     *
     * @param individual the individual, the empty string for single-animal tables
     * @param bodyparts the bodyparts the individual should have, for example from config.yaml
     */
    public LabelTable withBodyparts(String individual, List<String> bodyparts) {
        List<String> present = bodyparts(individual);
        List<String> coordsOfIndividual = columns.stream().filter(key -> key.individual().equals(individual))
                .map(ColumnKey::coord).distinct().toList();
        List<String> newCoords = coordsOfIndividual.isEmpty() ? List.of("x", "y") : coordsOfIndividual;

        List<ColumnKey> added = new ArrayList<>();
        for (String bodypart : new LinkedHashSet<>(bodyparts)) {
            if (!present.contains(bodypart)) {
                newCoords.forEach(coord -> added.add(new ColumnKey(scorer(), individual, bodypart, coord)));
            }
        }
        if (added.isEmpty()) {
            return copy();
        }

        int insertAt = columns.size();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).individual().equals(individual)) {
                insertAt = c + 1;
            }
        }
        List<ColumnKey> newColumns = new ArrayList<>(columns.subList(0, insertAt));
        newColumns.addAll(added);
        newColumns.addAll(columns.subList(insertAt, columns.size()));

        ValueType[] newTypes = new ValueType[newColumns.size()];
        double[][] newValues = new double[values.length][newColumns.size()];
        for (int c = 0; c < newColumns.size(); c++) {
            int old = c < insertAt ? c : c >= insertAt + added.size() ? c - added.size() : -1;
            newTypes[c] = old < 0 ? ValueType.FLOAT64 : valueTypes[old];
            for (int r = 0; r < values.length; r++) {
                newValues[r][c] = old < 0 ? Double.NaN : values[r][old];
            }
        }
        return new LabelTable(newColumns, rows, newTypes, newValues, multiAnimal);
    }

    /** A deep copy, for handing to a background job while the original is edited. */
    public LabelTable copy() {
        double[][] copied = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            copied[r] = values[r].clone();
        }
        return new LabelTable(columns, rows, valueTypes, copied, multiAnimal);
    }

    /** A copy whose every column carries the given scorer. */
    public LabelTable withScorer(String scorer) {
        List<ColumnKey> renamed = columns.stream().map(key -> key.withScorer(scorer)).toList();
        return new LabelTable(renamed, rows, valueTypes, copy().values, multiAnimal);
    }

    /** Whether both tables hold the same keys, types and values (NaN equal to NaN, bit for bit otherwise). */
    public boolean sameContent(LabelTable other) {
        if (!columns.equals(other.columns) || !rows.equals(other.rows) || multiAnimal != other.multiAnimal
                || !Arrays.equals(valueTypes, other.valueTypes)) {
            return false;
        }
        for (int r = 0; r < values.length; r++) {
            if (!Arrays.equals(values[r], other.values[r])) {
                return false;
            }
        }
        return true;
    }
}
