package org.posescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.posescope.cluster.Explanation.Verdict;
import org.posescope.cluster.algorithm.AlgorithmDescriptor;
import org.posescope.cluster.algorithm.Algorithms;
import org.posescope.testsupport.SharedData;

/** Inputs that crashed the seed's clustering: each must end in a sentence, never an exception or a NaN score. */
class DegenerateInputsTest {

    /** Scans with every algorithm at its defaults and checks that no score is NaN. */
    private static List<ScanResult> scanWithEveryAlgorithm(PoseSet poses) {
        return Algorithms.descriptors().stream().map(AlgorithmDescriptor::defaults)
                .map(parameters -> Scanner.scan(poses, ScanSettings.defaults().withAlgorithm(parameters)))
                .peek(DegenerateInputsTest::assertFinite).toList();
    }

    private static void assertFinite(ScanResult result) {
        for (int i = 0; i < result.size(); i++) {
            SampleResult sample = result.sample(i);
            assertTrue(Double.isFinite(sample.score()) && Double.isFinite(sample.algorithmScore())
                    && Double.isFinite(sample.x()) && Double.isFinite(sample.y()),
                    result.algorithm().id() + " gave a non-finite value for " + sample);
        }
    }

    private static boolean mentions(ScanResult result, String phrase) {
        return result.messages().stream().anyMatch(message -> message.contains(phrase));
    }

    @Test
    void emptyPoseSetIsASentence() {
        for (ScanResult result : scanWithEveryAlgorithm(PoseSet.of(List.of("nose", "tail"), new double[0][]))) {
            assertEquals(0, result.size());
            assertEquals(List.of("There are no poses to scan."), result.messages());
        }
    }

    @Test
    void singleLabeledFrameIsNotClustered() {
        PoseSet poses = LabelPoses.fromTable(TestPoses.table(SharedData.caseProject("B21")
                .resolve("single_frame/labeled-data/vid1/CollectedData_annot.h5")));
        for (ScanResult result : scanWithEveryAlgorithm(poses)) {
            assertEquals(3, result.size());
            assertTrue(mentions(result, "Too few labeled poses (1) to cluster"), result.messages().toString());
            assertTrue(result.flagged().isEmpty());
            assertEquals(0, result.atRank(1).index(), "the labeled frame comes first");
            assertEquals("not labeled", result.sample(1).reason());
            if (result.algorithm().id().equals("kmeans")) {
                assertTrue(mentions(result, "k is clamped to 1"), result.messages().toString());
            }
        }
    }

    @Test
    void identicalPosesFlagNothing() {
        PoseSet poses = LabelPoses.fromTable(TestPoses.table(SharedData.caseProject("B21")
                .resolve("identical_poses/labeled-data/vid1/CollectedData_annot.h5")));
        for (ScanResult result : scanWithEveryAlgorithm(poses)) {
            assertTrue(result.flagged().isEmpty(), result.algorithm().id() + " flagged " + result.flagged());
            assertTrue(mentions(result, "are identical"), result.messages().toString());
            for (int i = 0; i < result.size(); i++) {
                assertEquals(0, result.sample(i).score());
            }
        }
    }

    @Test
    void oneKeypointFallsBackToRawPositions() {
        for (ScanResult result : scanWithEveryAlgorithm(TestPoses.fieldCase("B23"))) {
            assertTrue(mentions(result, "only one keypoint"), result.messages().toString());
            SampleResult first = result.atRank(1);
            assertEquals("labeled-data/vid1/img004.png", first.id().rowKey(), result.algorithm().id());
            assertEquals(List.of(first), result.flagged(), result.algorithm().id());
            assertEquals("center far from expected", first.reason());
        }
    }

    @Test
    void aBodypartMissingEverywhereIsNeitherASuspectNorACrash() {
        Random random = new Random(3);
        double[][] poses = new double[40][];
        for (int s = 0; s < poses.length; s++) {
            double dx = 100 * random.nextDouble();
            poses[s] = new double[] {dx + 10 + random.nextGaussian(), 20 + random.nextGaussian(),
                    dx + random.nextGaussian(), 25 + random.nextGaussian(), dx - 20 + random.nextGaussian(),
                    20 + random.nextGaussian(), Double.NaN, Double.NaN};
        }
        for (ScanResult result : scanWithEveryAlgorithm(PoseSet.of(List.of("nose", "neck", "tail", "paw"), poses))) {
            for (int i = 0; i < result.size(); i++) {
                assertFalse(result.sample(i).suspects().contains("paw"), result.sample(i).toString());
            }
        }
    }

    @Test
    void nanWithFullLikelihoodIsMissing() {
        PoseSet poses = TestPoses.read(SharedData.caseProject("B17")
                .resolve("videos/vid1DLC_resnet50_testJan1shuffle1_1000.h5"));
        assertEquals(12, poses.size());
        assertFalse(poses.isLabeled(2, 3));
        assertFalse(poses.isLabeled(7, 0));
        for (ScanResult result : scanWithEveryAlgorithm(poses)) {
            assertTrue(result.sample(2).reason().contains("tail missing"), result.sample(2).toString());
            assertTrue(result.sample(7).reason().contains("nose missing"), result.sample(7).toString());
            assertTrue(result.sample(3).reason().contains("tail missing"), result.sample(3).toString());
            assertTrue(result.sample(3).flagged());
        }
    }

    @Test
    void multiAnimalTablesGiveOneSamplePerAnimalAndSkipUniqueBodyparts() {
        PoseSet poses = TestPoses.fieldCase("B11");
        assertEquals(List.of("m1", "m2"), poses.individuals());
        assertEquals(List.of("nose", "earL", "earR", "tail"), poses.keypoints());
        assertEquals(8, poses.size());
        assertEquals(new SampleId(3, "labeled-data/vid1/img003.png", "m2"), poses.sampleId(7));
        assertTrue(poses.notes().get(0).contains("'single' (food)"), poses.notes().toString());

        for (ScanResult result : scanWithEveryAlgorithm(poses)) {
            assertEquals(8, result.sample(7).rank(), "m2's empty img003 is listed last");
            assertEquals("not labeled", result.sample(7).reason());
            assertTrue(mentions(result, "1 of 8 poses have fewer than 2 labeled keypoints"));
        }
    }
}
