package org.posescope.cluster.model;

import elki.utilities.datastructures.QuickSelect;

/**
 * Order statistics used to keep a few wrong labels from steering the models fitted on many right ones. They select
 * instead of sorting: the fits take medians of tens of thousands of values per coordinate, several times over.
 */
public final class Robust {

    private Robust() {
    }

    /** The median of the first {@code count} values (the mean of the middle two for an even count); reorders them. */
    public static double median(double[] values, int count) {
        double upper = QuickSelect.quickSelect(values, 0, count, count / 2);
        if (count % 2 == 1) {
            return upper;
        }

        // Selection leaves every value below the upper middle in front of it; the lower middle is their largest.
        double lower = values[0];
        for (int i = 1; i < count / 2; i++) {
            lower = Math.max(lower, values[i]);
        }
        return (lower + upper) / 2;
    }

    /** The value below which the given fraction of the first {@code count} values lie; reorders them. */
    public static double quantile(double[] values, int count, double fraction) {
        int index = (int) Math.min(count - 1, Math.max(0, Math.round(fraction * (count - 1))));
        return QuickSelect.quickSelect(values, 0, count, index);
    }
}
