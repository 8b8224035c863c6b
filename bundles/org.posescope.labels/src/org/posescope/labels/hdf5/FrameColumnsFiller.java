package org.posescope.labels.hdf5;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.posescope.labels.RowKey;
import org.posescope.labels.RowKeyStyle;
import org.posescope.labels.UnsupportedLayoutException;
import org.posescope.labels.ValueType;

/**
 * Places pandas value blocks into a frame's columns and, at the end, makes sure every column got one. Both HDF5
 * layouts (fixed and table) store a frame as blocks of same-typed columns, so they share this step.
 */
final class FrameColumnsFiller {

    private final List<List<String>> columns;
    private final int rows;
    private final Function<String, UnsupportedLayoutException> unsupported;
    private final Map<List<String>, Integer> position = new HashMap<>();
    private final ValueType[] types;
    private double[][] values;

    /**
     * @param unsupported makes the layout's own exception from a reason, so messages keep naming the layout read
     */
    FrameColumnsFiller(List<List<String>> columns, int rows,
            Function<String, UnsupportedLayoutException> unsupported) {
        this.columns = columns;
        this.rows = rows;
        this.unsupported = unsupported;
        this.types = new ValueType[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            position.put(columns.get(c), c);
        }
    }

    /**
     * Puts one block's values {@code [row][item]} into the columns its items name.
     *
     * @param blockLabel how messages name the block, e.g. "block 0" or "values_block_0"
     */
    void place(String blockLabel, List<List<String>> items, double[][] block, ValueType type)
            throws UnsupportedLayoutException {
        int[] targets = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Integer c = position.get(items.get(i));
            if (c == null) {
                throw unsupported.apply(blockLabel + " holds the column " + items.get(i) + ", which the frame"
                        + " does not list");
            }
            types[c] = type;
            targets[i] = c;
        }
        values = NumericArrays.place(block, targets, values, rows, columns.size());
    }

    /** The decoded frame, once every column has been given a block. */
    DecodedFrame frame(List<RowKey> rowKeys, RowKeyStyle style, List<String> notices)
            throws UnsupportedLayoutException {
        double[][] filled = values != null ? values : new double[rows][columns.size()];
        for (int c = 0; c < types.length; c++) {
            if (types[c] == null) {
                throw unsupported.apply("no value block holds the column " + columns.get(c));
            }
        }
        return new DecodedFrame(columns, rowKeys, style, types, filled, notices);
    }
}
