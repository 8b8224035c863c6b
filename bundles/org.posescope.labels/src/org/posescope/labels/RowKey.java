package org.posescope.labels;

/**
 * The key of one row of a label table: a labeled image of a project, or a frame number of a video.
 */
public sealed interface RowKey permits RowKey.Image, RowKey.Frame {

    /** The key as DeepLabCut spells it in a one-level index: a forward-slash path, or the frame number. */
    String display();

    /**
     * A labeled image, {@code labeled-data/<video>/<image>}. The folder is nearly always {@code labeled-data}; it is
     * kept as read so that a file is written back with the key it had.
     */
    record Image(String folder, String video, String image) implements RowKey {

        public static final String LABELED_DATA = "labeled-data";

        /** The path relative to the project root, with forward slashes whatever system wrote the file. */
        public String path() {
            return folder.isEmpty() ? image : folder + "/" + video + "/" + image;
        }

        @Override
        public String display() {
            return path();
        }
    }

    /** A frame of a video, as video inference numbers it (not necessarily from zero). */
    record Frame(long frame) implements RowKey {

        @Override
        public String display() {
            return Long.toString(frame);
        }
    }
}
