package org.posescope.labels;

/** How a file spelled its row keys, so that a reader can say so and a writer can choose. */
public enum RowKeyStyle {
    /** {@code labeled-data/<video>/<image>} in one string (DeepLabCut before 2.2); back-slashes are normalised. */
    PATH_STRING,
    /** A three-level index {@code ('labeled-data', <video>, <image>)} (DeepLabCut 2.2 and later). */
    THREE_LEVEL,
    /** The image file name alone, as some labeling tools wrote it; the video is the folder holding the file. */
    IMAGE_NAME,
    /** Integer frame numbers of a video (machine labels from video inference). */
    FRAME_NUMBER
}
