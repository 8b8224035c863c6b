package org.posescope.ui.scan;

import java.util.Objects;

/**
 * What the scan service is doing, posted on {@link org.posescope.ui.workbench.PoseScopeEvents#SCAN_STATUS} so that
 * a part can show a progress bar, a cancel button and, afterwards, what went wrong.
 *
 * @param state where the scan is
 * @param target the file being scanned, as shown to the user
 * @param task the engine's current step ("explaining poses"), or a sentence for a failed scan
 * @param fractionDone from 0 to 1
 */
public record ScanStatus(State state, String target, String task, double fractionDone) {

    /** The life of one scan. */
    public enum State {
        RUNNING, FINISHED, CANCELED, FAILED
    }

    public ScanStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(task, "task");
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }
}
