package org.posescope.cluster;

import java.util.Arrays;

import org.posescope.cluster.model.PoseAligner;

/**
 * Every pose in the coordinates the models work in: aligned onto the robust mean pose (NaN where a keypoint is
 * missing), or the raw coordinates when there is a single keypoint and nothing to align.
 */
final class ModelCoordinates {

    private final double[] values;
    private final double[] scales;
    private final double[] turns;
    private final double[] mean;
    private final double[][] nuisance;
    private final int[] fitSample;
    private final int dimension;
    private final boolean raw;

    private ModelCoordinates(double[] values, double[] scales, double[] turns, double[] mean, double[][] nuisance,
            int[] fitSample, int dimension, boolean raw) {
        this.values = values;
        this.scales = scales;
        this.turns = turns;
        this.mean = mean;
        this.nuisance = nuisance;
        this.fitSample = fitSample;
        this.dimension = dimension;
        this.raw = raw;
    }

    static ModelCoordinates compute(PoseSet poses, int[] fitSample, boolean raw, ScanProgress progress) {
        int dimension = 2 * poses.keypointCount();
        double[] values = new double[poses.size() * dimension];
        double[] scales = new double[poses.size()];
        double[] turns = new double[poses.size()];
        if (raw) {
            for (int s = 0; s < poses.size(); s++) {
                values[2 * s] = poses.x(s, 0);
                values[2 * s + 1] = poses.y(s, 0);
                scales[s] = 1;
            }
            double[] mean = {median(values, 0, fitSample), median(values, 1, fitSample)};
            return new ModelCoordinates(values, scales, turns, mean, new double[0][], fitSample, dimension, true);
        }

        progress.worked("aligning poses", 0.02);
        PoseAligner aligner = PoseAligner.fit(poses, fitSample);
        Chunks.forEach(poses.size(), s -> {
            double[] pose = new double[dimension];
            double[] transform = new double[4];
            poses.copyPose(s, pose);
            scales[s] = aligner.alignInto(pose, values, s * dimension, false, transform);
            turns[s] = Math.atan2(transform[1], transform[0]);
        }, progress, "aligning poses", 0.05, 0.25);
        return new ModelCoordinates(values, scales, turns, aligner.mean(), aligner.nuisanceDirections(), fitSample,
                dimension, false);
    }

    double[] values() {
        return values;
    }

    /** A copy of one pose in model coordinates. */
    double[] pose(int sample) {
        return Arrays.copyOfRange(values, sample * dimension, (sample + 1) * dimension);
    }

    void copyPose(int sample, double[] out) {
        System.arraycopy(values, sample * dimension, out, 0, dimension);
    }

    double scale(int sample) {
        return scales[sample];
    }

    /** The angle, in radians, by which alignment turned the sample onto the mean pose (0 in raw mode). */
    double turn(int sample) {
        return turns[sample];
    }

    double[] mean() {
        return mean;
    }

    /** Directions of pose space the models should ignore (what alignment takes out); none in raw mode. */
    double[][] nuisance() {
        return nuisance;
    }

    int[] fitSample() {
        return fitSample;
    }

    boolean raw() {
        return raw;
    }

    private static double median(double[] values, int coordinate, int[] samples) {
        double[] column = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            column[i] = values[2 * samples[i] + coordinate];
        }
        Arrays.sort(column);
        return column.length == 0 ? 0 : column[column.length / 2];
    }
}
