package org.posescope.labels.project;

/** What a label file in a project is for, as told by its name and place. */
public enum LabelFileKind {
    /** {@code labeled-data/<video>/CollectedData_<scorer>.h5}: labels placed by people, the file PoseScope edits. */
    HUMAN_LABELS(true),
    /** {@code labeled-data/<video>/machinelabels-iter<N>.h5}: a network's labels of extracted outlier frames. */
    MACHINE_LABELS(true),
    /** {@code videos/<video>DLC_<net>shuffle<N>_<iterations>.h5}: video inference, one row per frame. */
    VIDEO_PREDICTIONS(false),
    /** The same after {@code filterpredictions} ({@code ..._filtered.h5}). */
    FILTERED_PREDICTIONS(false),
    /** Multi-animal tracklets ({@code ..._el.h5}, {@code ..._bx.h5}, {@code ..._sk.h5}, {@code ..._tracks.h5}). */
    TRACKLETS(false),
    /** Another table under {@code videos/} whose name follows no DeepLabCut pattern (third-party outputs). */
    OTHER_TABLE(false);

    private final boolean imageRows;

    LabelFileKind(boolean imageRows) {
        this.imageRows = imageRows;
    }

    /** Whether rows name images under labeled-data (rather than frame numbers of a video). */
    public boolean hasImageRows() {
        return imageRows;
    }

    public boolean isMachineMade() {
        return this != HUMAN_LABELS;
    }
}
