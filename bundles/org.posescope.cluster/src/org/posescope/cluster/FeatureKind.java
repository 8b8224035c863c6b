package org.posescope.cluster;

/**
 * What a pose is turned into before projection and clustering.
 *
 * <p>A whole-body mirror flip shows in {@link #ALIGNED} (alignment never reflects, so the flipped pose cannot
 * be rotated onto the mean) and in {@link #MIRROR}; a single left/right swap shows in {@link #MIRROR} (that
 * pair's sign turns) and in {@link #ALIGNED}. {@link #DISTANCES} sees neither, as the seed recipe did not.
 */
public enum FeatureKind {

    /** Pairwise distances between keypoints in pixels (the seed recipe); blind to left/right mistakes. */
    DISTANCES("Pairwise distances"),

    /**
     * Coordinates after centring, scaling and rotating each pose onto a robust mean pose without reflection;
     * missing keypoints are filled from the mean pose.
     */
    ALIGNED("Aligned pose"),

    /**
     * For each mirror pair, the left-minus-right vector of the aligned pose projected on that of the mean pose:
     * about +1 when the sides are right, about -1 when they are swapped.
     */
    MIRROR("Mirror signs"),

    /** {@link #ALIGNED} and {@link #MIRROR} side by side (the default). */
    ALIGNED_MIRROR("Aligned pose and mirror signs");

    private final String displayName;

    FeatureKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
