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

    /**
     * A label document was edited, undone, redone, saved or reloaded, or another became active; the data is the
     * {@code org.posescope.ui.edit.LabelDocument}, or the {@code LabelDocuments} registry when none is active.
     */
    public static final String DOCUMENT_CHANGED = "org/posescope/document/changed";

    /**
     * Labels were saved and the file should be scanned again; the data is the saved
     * {@code org.posescope.ui.edit.LabelDocument} (its {@code source()} is the label file, its {@code target()}
     * the h5 written).
     */
    public static final String LABELS_SAVED = "org/posescope/labels/saved";

    private PoseScopeEvents() {
    }
}
