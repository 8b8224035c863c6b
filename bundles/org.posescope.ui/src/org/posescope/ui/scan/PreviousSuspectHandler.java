package org.posescope.ui.scan;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** P: selects the previous flagged sample by rank, in every part at once. */
public final class PreviousSuspectHandler {

    @CanExecute
    boolean canStep(ScanService scans) {
        return scans.currentOutcome().isPresent();
    }

    @Execute
    void step(ScanService scans) {
        scans.stepSuspect(false, this);
    }
}
