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

    /** {@code stored[item][row]} turned into {@code [row][item]}; {@code items} gives the shape of an empty array. */
    static double[][] transpose(double[][] stored, int items) {
        int rows = stored.length == 0 ? 0 : stored[0].length;
        double[][] turned = new double[rows][items];
        for (int i = 0; i < stored.length; i++) {
            for (int r = 0; r < rows; r++) {
                turned[r][i] = stored[i][r];
            }
        }
        return turned;
    }
}
