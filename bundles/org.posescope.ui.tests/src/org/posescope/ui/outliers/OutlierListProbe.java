package org.posescope.ui.outliers;

import org.eclipse.swt.widgets.Table;
import org.posescope.ui.workbench.SampleSelection;
import org.posescope.ui.workbench.ScanOutcome;

/** Reaches the outlier list's package-private parts from tests in other packages. */
public final class OutlierListProbe {

    private OutlierListProbe() {
    }

    public static void scanFinished(OutlierListPart part, ScanOutcome outcome) {
        part.scanFinished(outcome);
    }

    public static void sampleSelected(OutlierListPart part, SampleSelection selection) {
        part.sampleSelected(selection);
    }

    public static Table table(OutlierListPart part) {
        return part.viewer().getTable();
    }

    /** The sample of the selected row, or -1. */
    public static int selectedSample(OutlierListPart part) {
        int row = part.viewer().getTable().getSelectionIndex();
        return row < 0 ? -1 : part.rows().sampleAt(row);
    }
}
