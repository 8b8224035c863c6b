package org.posescope.ui.edit;

/** One cell of a label table before and after an edit. */
record CellChange(int row, int column, double before, double after) {
}
