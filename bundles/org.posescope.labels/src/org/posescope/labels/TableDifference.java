package org.posescope.labels;

/** Says in a few words where two label tables first differ, for messages about a failed save. */
final class TableDifference {

    private TableDifference() {
    }

    static String describe(LabelTable expected, LabelTable actual) {
        if (expected.isMultiAnimal() != actual.isMultiAnimal()) {
            return "the number of column levels differs";
        }
        if (!expected.columns().equals(actual.columns())) {
            return "the columns differ";
        }
        if (!expected.rows().equals(actual.rows())) {
            return "the row keys differ";
        }
        for (int c = 0; c < expected.columnCount(); c++) {
            if (expected.valueType(c) != actual.valueType(c)) {
                return "column " + expected.column(c) + " is stored as " + actual.valueType(c) + " instead of "
                        + expected.valueType(c);
            }
        }
        for (int r = 0; r < expected.rowCount(); r++) {
            for (int c = 0; c < expected.columnCount(); c++) {
                long want = Double.doubleToLongBits(expected.value(r, c));
                long got = Double.doubleToLongBits(actual.value(r, c));
                if (want != got) {
                    return "row " + expected.row(r).display() + ", column " + expected.column(c) + " reads "
                            + actual.value(r, c) + " instead of " + expected.value(r, c);
                }
            }
        }
        return "the tables differ";
    }
}
