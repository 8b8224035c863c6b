package org.posescope.cluster.algorithm;

import java.util.List;

/**
 * A clustering or outlier algorithm run through ELKI's Java API on points in the scan's projected feature space.
 * Implementations call ELKI constructors directly; ELKI's service discovery is never used.
 */
public interface PoseAlgorithm {

    AlgorithmDescriptor descriptor();

    /**
     * Runs the algorithm.
     *
     * @param points the points, at least two, not all identical
     * @param parameters values for the descriptor's parameters
     * @param seed seed for any randomness, so that a scan can be repeated exactly
     * @param messages receives sentences about adjusted parameters ("k clamped to 4 ...")
     */
    AlgorithmOutcome run(ElkiPoints points, AlgorithmParameters parameters, long seed, List<String> messages);

    /**
     * Scores points that were not part of the run, in time linear in their number; by default through
     * {@link NearestFitExtension}.
     *
     * @param fitted the points the algorithm ran on
     * @param outcome what the run said about them
     * @param points the other points' coordinates, {@code dimension} values each, one after the other
     * @param scores receives a score per other point
     * @param clusters receives a cluster per other point
     */
    default void extend(ElkiPoints fitted, AlgorithmOutcome outcome, double[] points, int dimension,
            double[] scores, int[] clusters) {
        new NearestFitExtension(fitted, outcome).extend(points, dimension, scores, clusters);
    }

    /**
     * What an algorithm said about each point.
     *
     * @param scores per point, higher = more suspect, always finite
     * @param clusters per point, the cluster (0, 1, ...) or -1 for noise
     */
    record AlgorithmOutcome(double[] scores, int[] clusters) {
    }
}
