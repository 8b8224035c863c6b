package org.posescope.cluster;

import java.util.Objects;

import org.posescope.cluster.algorithm.AlgorithmParameters;
import org.posescope.cluster.algorithm.Algorithms;

/**
 * How to scan: the features, the algorithm with its parameter values, and how the engine scales.
 *
 * @param features what poses are turned into before projection
 * @param algorithm the algorithm and its parameter values
 * @param mirrorPairs the mirror pairs to use, or null to detect them from the keypoint names
 * @param components how many principal components the algorithm sees (the first two are also displayed)
 * @param fitLimit at most this many poses (a seeded random sample) fit the models and run through the ELKI
 *        algorithm; the others are scored by the fitted models in linear time
 * @param algorithmWeight how much the algorithm's robust z-score adds to the keypoint model's deviation
 * @param seed seed for sampling and randomised algorithms
 * @param minLabeledKeypoints a pose with fewer labeled keypoints is listed last, not compared with the others
 *        (at least 2, since alignment and distances need two points; capped by the keypoints there are)
 */
public record ScanSettings(FeatureKind features, AlgorithmParameters algorithm, MirrorPairs mirrorPairs,
        int components, int fitLimit, double algorithmWeight, long seed, int minLabeledKeypoints) {

    public static final int DEFAULT_COMPONENTS = 2;
    /**
     * Enough poses to pin down a Gaussian of 22 keypoints (44 coordinates) many times over and to give LOF dense
     * neighbourhoods; the fit sample sets a scan's fixed cost, so 10,000 took a 10,000-frame file almost as long as
     * a 100,000-frame one, and found no more of the synthetic benchmark's planted mistakes (recall 0.993 against
     * 0.992 at k = 2049 on 100,000 frames, 0.995 for both on 10,000).
     */
    public static final int DEFAULT_FIT_LIMIT = 5_000;
    public static final double DEFAULT_ALGORITHM_WEIGHT = 0.5;
    public static final int DEFAULT_MIN_LABELED_KEYPOINTS = 2;

    public ScanSettings {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(algorithm, "algorithm");
        if (components < 1 || fitLimit < 2 || !(algorithmWeight >= 0) || minLabeledKeypoints < 2) {
            throw new IllegalArgumentException("Scan settings need at least 1 component, a fit limit of at least 2,"
                    + " a non-negative algorithm weight and at least 2 labeled keypoints per compared pose.");
        }
    }

    /** Settings that compare every pose with at least {@value #DEFAULT_MIN_LABELED_KEYPOINTS} labeled keypoints. */
    public ScanSettings(FeatureKind features, AlgorithmParameters algorithm, MirrorPairs mirrorPairs,
            int components, int fitLimit, double algorithmWeight, long seed) {
        this(features, algorithm, mirrorPairs, components, fitLimit, algorithmWeight, seed,
                DEFAULT_MIN_LABELED_KEYPOINTS);
    }

    /** Aligned pose and mirror features, LOF at its defaults, mirror pairs detected from names. */
    public static ScanSettings defaults() {
        return new ScanSettings(FeatureKind.ALIGNED_MIRROR, Algorithms.byDefault().descriptor().defaults(), null,
                DEFAULT_COMPONENTS, DEFAULT_FIT_LIMIT, DEFAULT_ALGORITHM_WEIGHT, 1);
    }

    public ScanSettings withFeatures(FeatureKind newFeatures) {
        return new ScanSettings(newFeatures, algorithm, mirrorPairs, components, fitLimit, algorithmWeight, seed,
                minLabeledKeypoints);
    }

    public ScanSettings withAlgorithm(AlgorithmParameters newAlgorithm) {
        return new ScanSettings(features, newAlgorithm, mirrorPairs, components, fitLimit, algorithmWeight, seed,
                minLabeledKeypoints);
    }

    public ScanSettings withMirrorPairs(MirrorPairs newPairs) {
        return new ScanSettings(features, algorithm, newPairs, components, fitLimit, algorithmWeight, seed,
                minLabeledKeypoints);
    }

    public ScanSettings withFitLimit(int newFitLimit) {
        return new ScanSettings(features, algorithm, mirrorPairs, components, newFitLimit, algorithmWeight, seed,
                minLabeledKeypoints);
    }

    public ScanSettings withComponents(int newComponents) {
        return new ScanSettings(features, algorithm, mirrorPairs, newComponents, fitLimit, algorithmWeight, seed,
                minLabeledKeypoints);
    }

    public ScanSettings withAlgorithmWeight(double weight) {
        return new ScanSettings(features, algorithm, mirrorPairs, components, fitLimit, weight, seed,
                minLabeledKeypoints);
    }

    public ScanSettings withMinLabeledKeypoints(int minimum) {
        return new ScanSettings(features, algorithm, mirrorPairs, components, fitLimit, algorithmWeight, seed,
                minimum);
    }
}
