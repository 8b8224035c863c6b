package org.posescope.labels.hdf5;

import java.util.List;

import org.posescope.labels.RowKey;
import org.posescope.labels.RowKeyStyle;
import org.posescope.labels.ValueType;

/**
 * What one pandas HDF5 layout yields before it becomes a label table: column tuples in frame order, row keys,
 * values {@code [row][column]} with each column's stored type, and sentences about what had to be interpreted.
 */
record DecodedFrame(List<List<String>> columns, List<RowKey> rows, RowKeyStyle rowKeyStyle, ValueType[] types,
        double[][] values, List<String> notices) {
}
