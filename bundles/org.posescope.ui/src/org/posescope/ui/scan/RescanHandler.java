package org.posescope.ui.scan;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Scan &gt; Scan Again: scans the file shown again, after its labels or the settings changed. */
public final class RescanHandler {

    @CanExecute
    boolean canRescan(ScanService scans) {
        return scans.currentOutcome().isPresent();
    }

    @Execute
    void rescan(ScanService scans) {
        scans.rescan();
    }
}
