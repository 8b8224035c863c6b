package org.posescope.cluster.demo;

import java.util.List;

/**
 * A mistake the demo project put into its labels on purpose.
 *
 * @param image the image file name ({@code img007.png})
 * @param kind what was done
 * @param keypoints the keypoints involved
 */
public record InjectedMistake(String image, Kind kind, List<String> keypoints) {

    public InjectedMistake {
        keypoints = List.copyOf(keypoints);
    }

    /** The kinds of mistake the demo injects. */
    public enum Kind {
        /** Two mirror keypoints' labels exchanged. */
        SWAP,
        /** One keypoint's label moved by a quarter to two fifths of the body length. */
        MOVE,
        /** One keypoint's label deleted. */
        MISSING
    }
}
