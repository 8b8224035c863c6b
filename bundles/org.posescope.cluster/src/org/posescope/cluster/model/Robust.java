package org.posescope.cluster.model;

import java.util.Arrays;

/** Order statistics used to keep a few wrong labels from steering the models fitted on many right ones. */
final class Robust {

    private Robust() {
    }

    /** The median of the first {@code count} values; reorders them. */
    static double median(double[] values, int count) {
        Arrays.sort(values, 0, count);
        return count % 2 == 1 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
    }

    /** The value below which the given fraction of the first {@code count} values lie; reorders them. */
    static double quantile(double[] values, int count, double fraction) {
        Arrays.sort(values, 0, count);
        int index = (int) Math.min(count - 1, Math.max(0, Math.round(fraction * (count - 1))));
        return values[index];
    }
}
