package org.posescope.ui.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.ValueType;

/**
 * Builds the undoable edits of one frame of a label document: move, delete, place and swap keypoints. A frame of
 * machine labels that CollectedData does not hold yet is first added to it, with the machine's x and y as its
 * starting values, as DeepLabCut's refine step does; the machine-label file itself is never written.
 */
public final class KeypointEdits {

    /** One keypoint by name; the individual is the empty string in single-animal tables. */
    public record Keypoint(String individual, String bodypart) {

        String displayName() {
            return individual.isEmpty() ? bodypart : individual + " " + bodypart;
        }
    }

    /**
     * The frame edited.
     *
     * @param document the human label document the edit goes into
     * @param key the image (or frame) the row names
     * @param seedTable the machine labels the frame came from, or null for a frame of the document itself
     * @param seedRow the frame's row in {@code seedTable}
     */
    public record Frame(LabelDocument document, RowKey key, LabelTable seedTable, int seedRow) {

        public static Frame of(LabelDocument document, RowKey key) {
            return new Frame(document, key, null, -1);
        }
    }

    private KeypointEdits() {
    }

    public static KeypointEditOperation move(Frame frame, Keypoint keypoint, double x, double y) {
        return setXy("Move " + keypoint.displayName(), frame, keypoint, x, y);
    }

    public static KeypointEditOperation place(Frame frame, Keypoint keypoint, double x, double y) {
        return setXy("Place " + keypoint.displayName(), frame, keypoint, x, y);
    }

    /** Marks a keypoint missing (NaN in every coordinate), as DeepLabCut's labeling tool does. */
    public static KeypointEditOperation delete(Frame frame, Keypoint keypoint) {
        Rows rows = Rows.of(frame);
        List<CellChange> changes = new ArrayList<>();
        for (int column : columnsOf(rows.table, keypoint, frame.document())) {
            changes.add(new CellChange(rows.row, column, rows.table.value(rows.row, column), Double.NaN));
        }
        return rows.operation("Delete " + keypoint.displayName(), frame.document(), changes);
    }

    /** Exchanges two keypoints' positions in one step (a left/right mix-up, or two animals' identities). */
    public static KeypointEditOperation swap(Frame frame, Keypoint a, Keypoint b) {
        return swapAll("Swap " + a.displayName() + " and " + b.displayName(), frame,
                List.<Keypoint[]>of(new Keypoint[] {a, b}));
    }

    /** Exchanges several pairs in one step, for example every mirror pair of a pose labeled as its mirror. */
    public static KeypointEditOperation swapAll(String label, Frame frame, List<Keypoint[]> pairs) {
        Rows rows = Rows.of(frame);
        List<CellChange> changes = new ArrayList<>();
        for (Keypoint[] pair : pairs) {
            int[] first = columnsOf(rows.table, pair[0], frame.document());
            int[] second = columnsOf(rows.table, pair[1], frame.document());
            for (int i = 0; i < Math.min(first.length, second.length); i++) {
                double valueA = rows.table.value(rows.row, first[i]);
                double valueB = rows.table.value(rows.row, second[i]);
                changes.add(new CellChange(rows.row, first[i], valueA, valueB));
                changes.add(new CellChange(rows.row, second[i], valueB, valueA));
            }
        }
        return rows.operation(label, frame.document(), changes);
    }

    private static KeypointEditOperation setXy(String label, Frame frame, Keypoint keypoint, double x, double y) {
        Rows rows = Rows.of(frame);
        int xColumn = column(rows.table, keypoint, "x", frame.document());
        int yColumn = column(rows.table, keypoint, "y", frame.document());
        List<CellChange> changes = List.of(new CellChange(rows.row, xColumn, rows.table.value(rows.row, xColumn), x),
                new CellChange(rows.row, yColumn, rows.table.value(rows.row, yColumn), y));
        return rows.operation(label, frame.document(), changes);
    }

    private static int column(LabelTable table, Keypoint keypoint, String coord, LabelDocument document) {
        int column = table.columnIndex(keypoint.individual(), keypoint.bodypart(), coord);
        if (column < 0) {
            throw new IllegalArgumentException(document.name() + " has no column for " + keypoint.displayName()
                    + " (" + coord + "); add the bodypart to config.yaml to label it.");
        }
        return column;
    }

    /** The x, y (and any further coordinate) columns of a keypoint, in the table's coordinate order. */
    private static int[] columnsOf(LabelTable table, Keypoint keypoint, LabelDocument document) {
        int[] columns = table.coords().stream()
                .mapToInt(coord -> table.columnIndex(keypoint.individual(), keypoint.bodypart(), coord))
                .filter(c -> c >= 0).toArray();
        if (columns.length == 0) {
            column(table, keypoint, "x", document);
        }
        return columns;
    }

    /** The row the edit addresses, adding the machine-labeled frame to the document's table where needed. */
    private record Rows(LabelTable table, int row, LabelTable before) {

        static Rows of(Frame frame) {
            LabelDocument document = frame.document();
            int row = document.rowOf(frame.key());
            if (row >= 0) {
                return new Rows(document.table(), row, null);
            }
            if (!(frame.key() instanceof RowKey.Image image)) {
                throw new IllegalArgumentException("Frame " + frame.key().display() + " of a video has no image in"
                        + " labeled-data, so it cannot be added to " + document.name() + ".");
            }
            LabelTable before = document.table();
            LabelTable withRow = withImageRow(before, ImageKeys.normal(image, document.videoName()),
                    frame.seedTable(), frame.seedRow());
            return new Rows(withRow, withRow.rowCount() - 1, before);
        }

        KeypointEditOperation operation(String label, LabelDocument document, List<CellChange> changes) {
            return new KeypointEditOperation(label, document, changes, before, before == null ? null : table);
        }
    }

    /** A copy of {@code table} with a row for the image appended, seeded with the machine's values by name. */
    static LabelTable withImageRow(LabelTable table, RowKey.Image key, LabelTable seed, int seedRow) {
        List<RowKey> rows = new ArrayList<>(table.rows());
        rows.add(key);
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < table.rowCount(); r++) {
            values[r] = new double[table.columnCount()];
            for (int c = 0; c < table.columnCount(); c++) {
                values[r][c] = table.value(r, c);
            }
        }
        double[] added = new double[table.columnCount()];
        Arrays.fill(added, Double.NaN);
        for (int c = 0; c < table.columnCount() && seed != null; c++) {
            ColumnKey column = table.column(c);
            int from = seed.columnIndex(column.individual(), column.bodypart(), column.coord());
            added[c] = from >= 0 ? seed.value(seedRow, from) : Double.NaN;
        }
        values[rows.size() - 1] = added;

        // Machine values are fractional pixels, so the new row makes every column hold floats.
        ValueType[] types = new ValueType[table.columnCount()];
        Arrays.fill(types, ValueType.FLOAT64);
        return new LabelTable(table.columns(), rows, types, values, table.isMultiAnimal());
    }
}
