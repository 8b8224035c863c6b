package org.posescope.cluster.model;

/**
 * What one frame's image says about one pose's keypoints.
 *
 * @param unlikeNats per keypoint, how unlike its other labels the image under it is (see {@link AppearanceModel}),
 *        NaN where it was not judged
 * @param outsideImage per keypoint, whether its label lies outside the image, which no correct label does
 */
public record FrameLooks(double[] unlikeNats, boolean[] outsideImage) {
}
