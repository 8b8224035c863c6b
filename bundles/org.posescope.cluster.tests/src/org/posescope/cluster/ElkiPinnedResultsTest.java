package org.posescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posescope.cluster.algorithm.AlgorithmParameters;
import org.posescope.cluster.algorithm.Algorithms;

/**
 * Pins what every algorithm says, through the whole default pipeline (aligned pose and mirror features, two
 * principal components), about the real openfield labels: a change in ELKI, in the features or in the projection
 * shows up here. Frame 102 has its ears swapped in the human labels themselves.
 */
class ElkiPinnedResultsTest {

    private static final double TOLERANCE = 1e-9;
    private static final int[] SAMPLES = {0, 35, 102};

    private static PoseSet poses;

    @BeforeAll
    static void read() {
        poses = TestPoses.openfield();
    }

    private static ScanResult scan(String algorithm) {
        AlgorithmParameters parameters = Algorithms.byId(algorithm).orElseThrow().descriptor().defaults();
        return Scanner.scan(poses, ScanSettings.defaults().withAlgorithm(parameters));
    }

    private static void assertScores(ScanResult result, double... expected) {
        for (int i = 0; i < SAMPLES.length; i++) {
            assertEquals(expected[i], result.sample(SAMPLES[i]).algorithmScore(), TOLERANCE,
                    result.algorithm().id() + " score of sample " + SAMPLES[i]);
        }
    }

    private static int[] clusterSizes(ScanResult result) {
        int[] sizes = new int[result.size() + 1];
        for (int i = 0; i < result.size(); i++) {
            sizes[result.sample(i).cluster() + 1]++;
        }
        return sizes;
    }

    @Test
    void lof() {
        ScanResult result = scan("lof");
        assertScores(result, 1.01158751739213, 1.62889611859352, 9.74694262635411);
        assertEquals(116, clusterSizes(result)[1], "outlier algorithms put every pose in cluster 0");
    }

    @Test
    void knnOutlier() {
        assertScores(scan("knn"), 0.306236975606936, 1.20030492167876, 6.34741717027148);
    }

    @Test
    void loop() {
        assertScores(scan("loop"), 0.0208794834376342, 0.113200997726945, 0.998966370562697);
    }

    @Test
    void isolationForest() {
        ScanResult result = scan("iforest");
        assertScores(result, 0.350456279994308, 0.481945361132728, 0.736483232364159);
        assertEquals(List.of("Isolation forest subsample clamped from 256 to 116: there are only 116 poses."),
                result.messages());
    }

    @Test
    void kMeans() {
        ScanResult result = scan("kmeans");
        assertScores(result, 0.404507710028078, 0.433368603468536, 0.0);
        assertEquals(1, result.sample(0).cluster());
        assertEquals(2, result.sample(35).cluster());
        assertEquals(4, result.sample(102).cluster(), "the ear-swapped frame is a cluster of its own");
        assertEquals("[0, 50, 36, 16, 13, 1]", Arrays.toString(Arrays.copyOf(clusterSizes(result), 6)));
    }

    @Test
    void dbscan() {
        ScanResult result = scan("dbscan");
        assertScores(result, 0.391506797723173, 1.43230191779687, 8.97942225307185);
        assertEquals(0, result.sample(0).cluster());
        assertEquals(-1, result.sample(102).cluster());
        assertEquals(13, clusterSizes(result)[0], "noise poses");
        assertEquals(103, clusterSizes(result)[1]);
    }

    @Test
    void keypointModelAndProjection() {
        ScanResult result = scan("lof");
        assertEquals(172.412152463765, result.sample(102).deviation(), 1e-6);
        assertEquals(-0.110610765705546, result.sample(0).x(), TOLERANCE);
        assertEquals(0.133089821186209, result.sample(0).y(), TOLERANCE);
        assertEquals("swap leftear/rightear", result.atRank(1).reason());
        assertEquals(102, result.atRank(1).index());
        assertEquals(List.of("leftear", "rightear"), result.atRank(1).suspects().subList(0, 2));
    }
}
