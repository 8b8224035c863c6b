package org.posescope.labels.hdf5;

/** Widens the two-dimensional numeric arrays jHDF returns to doubles, and turns them around. */
final class NumericArrays {

    private NumericArrays() {
    }

    /** The array as doubles, or null when it is not a two-dimensional numeric array. */
    static double[][] toDoubles(Object data) {
        if (data instanceof double[][] doubles) {
            return doubles;
        }
        if (!(data instanceof Object[] outer) || !data.getClass().getComponentType().isArray()) {
            return null;
        }
        double[][] widened = new double[outer.length][];
        for (int i = 0; i < outer.length; i++) {
            widened[i] = rowToDoubles(outer[i]);
            if (widened[i] == null) {
                return null;
            }
        }
        return widened;
    }

    private static double[] rowToDoubles(Object row) {
        if (row instanceof long[] values) {
            double[] out = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = values[i];
            }
            return out;
        }
        if (row instanceof int[] values) {
            double[] out = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = values[i];
            }
            return out;
        }
        if (row instanceof float[] values) {
            double[] out = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = values[i];
            }
            return out;
        }
        if (row instanceof short[] values) {
            double[] out = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = values[i];
            }
            return out;
        }
        return null;
    }

    /**
     * Puts a block's values ({@code [row][item]}) into the columns {@code targets[item]} of the table's values
     * ({@code [row][column]}), allocating the table on the first block. A block that holds every column in order,
     * as DeepLabCut's float-only files do, becomes the table without a copy.
     *
     * <p>Rows are the outer loop because both arrays are arrays of rows: walking a column down 100,000 row arrays
     * misses the cache on every element and made this copy cost most of a 100,000-frame read.
     */
    static double[][] place(double[][] block, int[] targets, double[][] table, int rows, int columns) {
        if (table == null && inOrder(targets, columns)) {
            return block;
        }
        double[][] into = table != null ? table : new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            double[] from = block[r];
            double[] to = into[r];
            for (int i = 0; i < targets.length; i++) {
                to[targets[i]] = from[i];
            }
        }
        return into;
    }

    private static boolean inOrder(int[] targets, int columns) {
        if (targets.length != columns) {
            return false;
        }
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** {@code stored[item][row]} turned into {@code [row][item]}; {@code items} gives the shape of an empty array. */
    static double[][] transpose(double[][] stored, int items) {
        int rows = stored.length == 0 ? 0 : stored[0].length;
        double[][] turned = new double[rows][items];
        for (int r = 0; r < rows; r++) {
            double[] row = turned[r];
            for (int i = 0; i < stored.length; i++) {
                row[i] = stored[i][r];
            }
        }
        return turned;
    }
}
