package org.posescope.ui.workbench;

/**
 * Event broker topics by which PoseScope's parts learn of changes without holding one another.
 */
public final class PoseScopeEvents {

    /** The list of open projects changed; the data is the {@link OpenProjects} instance. */
    public static final String WORKSPACE_CHANGED = "org/posescope/workspace/changed";

    /** A scan finished; the data is its {@link ScanOutcome}. */
    public static final String SCAN_FINISHED = "org/posescope/scan/finished";

    /** A sample was selected in a part; the data is a {@link SampleSelection}. */
    public static final String SAMPLE_SELECTED = "org/posescope/sample/selected";

    /** A scan started, progressed or ended; the data is an {@link org.posescope.ui.scan.ScanStatus}. */
    public static final String SCAN_STATUS = "org/posescope/scan/status";

    /** Several samples were picked at once (a rectangle in the cluster view); the data is a {@link SampleGroup}. */
    public static final String SAMPLES_PICKED = "org/posescope/sample/picked";

    private PoseScopeEvents() {
    }
}
