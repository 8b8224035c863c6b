package org.posescope.ui.scan;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** N: selects the next flagged sample by rank, in every part at once. */
public final class NextSuspectHandler {

    @CanExecute
    boolean canStep(ScanService scans) {
        return scans.currentOutcome().isPresent();
    }

    @Execute
    void step(ScanService scans) {
        scans.stepSuspect(true, this);
    }
}
