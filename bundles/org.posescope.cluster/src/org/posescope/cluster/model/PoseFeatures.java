package org.posescope.cluster.model;

import java.util.List;

import org.posescope.cluster.FeatureKind;

/**
 * Computes one sample's feature vector from its aligned pose, so that a million samples never need their whole
 * feature matrix in memory at once.
 *
 * <p>In raw mode (a single keypoint, nothing to align) every kind is the raw (x, y) of the keypoint.
 */
public final class PoseFeatures {

    private final FeatureKind kind;
    private final int keypoints;
    private final double[] mean;
    private final int[][] mirrorPairs;
    private final double[][] meanPairVector;
    private final boolean raw;

    /**
     * @param kind the features wanted; {@link FeatureKind#MIRROR} needs at least one mirror pair
     * @param mean the aligned mean pose, used to fill missing keypoints and to orient mirror pairs
     * @param mirrorPairs index pairs (left, right) into the keypoints
     * @param raw whether the poses are raw coordinates of a single keypoint
     */
    public PoseFeatures(FeatureKind kind, double[] mean, List<int[]> mirrorPairs, boolean raw) {
        this.kind = kind;
        this.keypoints = mean.length / 2;
        this.mean = mean.clone();
        this.mirrorPairs = mirrorPairs.toArray(int[][]::new);
        this.raw = raw;
        this.meanPairVector = new double[this.mirrorPairs.length][];
        for (int p = 0; p < this.mirrorPairs.length; p++) {
            int left = this.mirrorPairs[p][0];
            int right = this.mirrorPairs[p][1];
            double dx = mean[2 * left] - mean[2 * right];
            double dy = mean[2 * left + 1] - mean[2 * right + 1];
            double squaredLength = Math.max(dx * dx + dy * dy, 1e-12);
            meanPairVector[p] = new double[] {dx / squaredLength, dy / squaredLength};
        }
    }

    public int dimension() {
        if (raw) {
            return 2;
        }
        return switch (kind) {
            case DISTANCES -> keypoints * (keypoints - 1) / 2;
            case ALIGNED -> 2 * keypoints;
            case MIRROR -> mirrorPairs.length;
            case ALIGNED_MIRROR -> 2 * keypoints + mirrorPairs.length;
        };
    }

    /**
     * @param aligned the aligned pose, NaN where missing (missing keypoints take the mean's place)
     * @param scale the factor that scaled the pose onto the mean, to bring distances back to pixels; NaN when
     *        the pose could not be aligned
     * @param out receives {@link #dimension()} values
     */
    public void compute(double[] aligned, double scale, double[] out) {
        if (raw) {
            out[0] = Double.isNaN(aligned[0]) ? mean[0] : aligned[0];
            out[1] = Double.isNaN(aligned[1]) ? mean[1] : aligned[1];
            return;
        }
        switch (kind) {
            case DISTANCES -> distances(aligned, Double.isNaN(scale) || scale == 0 ? 1 : 1 / scale, out);
            case ALIGNED -> alignedCoordinates(aligned, out, 0);
            case MIRROR -> mirrorSigns(aligned, out, 0);
            case ALIGNED_MIRROR -> {
                alignedCoordinates(aligned, out, 0);
                mirrorSigns(aligned, out, 2 * keypoints);
            }
        }
    }

    private void distances(double[] aligned, double toPixels, double[] out) {
        int index = 0;
        for (int a = 0; a < keypoints; a++) {
            for (int b = a + 1; b < keypoints; b++) {
                out[index++] = toPixels * Math.hypot(coordinate(aligned, 2 * a) - coordinate(aligned, 2 * b),
                        coordinate(aligned, 2 * a + 1) - coordinate(aligned, 2 * b + 1));
            }
        }
    }

    private void alignedCoordinates(double[] aligned, double[] out, int offset) {
        for (int d = 0; d < 2 * keypoints; d++) {
            out[offset + d] = coordinate(aligned, d);
        }
    }

    private void mirrorSigns(double[] aligned, double[] out, int offset) {
        for (int p = 0; p < mirrorPairs.length; p++) {
            int left = mirrorPairs[p][0];
            int right = mirrorPairs[p][1];
            double dx = coordinate(aligned, 2 * left) - coordinate(aligned, 2 * right);
            double dy = coordinate(aligned, 2 * left + 1) - coordinate(aligned, 2 * right + 1);
            out[offset + p] = dx * meanPairVector[p][0] + dy * meanPairVector[p][1];
        }
    }

    private double coordinate(double[] aligned, int index) {
        return Double.isNaN(aligned[index]) ? mean[index] : aligned[index];
    }
}
