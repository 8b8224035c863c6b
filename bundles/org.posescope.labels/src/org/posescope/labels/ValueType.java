package org.posescope.labels;

/** The numeric type a column was stored with; pandas keeps it, so a writer must too. */
public enum ValueType {
    FLOAT64,
    /** Whole numbers (one real DeepLabCut file stores int64 coordinates); never NaN. */
    INT64
}
