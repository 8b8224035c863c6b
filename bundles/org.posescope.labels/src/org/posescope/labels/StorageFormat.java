package org.posescope.labels;

/** The on-disk layout a label table was read from. */
public enum StorageFormat {
    /** pandas {@code format="fixed"} HDF5 (a {@code frame} group with level and label arrays). */
    HDF5_FIXED,
    /** pandas {@code format="table"} HDF5 (a PyTables table with pickled column names). */
    HDF5_TABLE,
    /** A CSV file as {@code DataFrame.to_csv} writes it. */
    CSV
}
