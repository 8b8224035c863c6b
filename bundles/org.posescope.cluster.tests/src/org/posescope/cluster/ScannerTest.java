package org.posescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.posescope.cluster.algorithm.Algorithms;

class ScannerTest {

    private static final List<String> KEYPOINTS = List.of("nose", "leftear", "rightear", "neck", "tailbase");

    /** Poses of a simple animal at random places and headings; {@code mistake} edits pose 7. */
    private static PoseSet animals(int count, Consumer<double[]> mistake) {
        Random random = new Random(42);
        double[][] template = {{30, 0}, {18, 6}, {18, -6}, {12, 0}, {-25, 0}};
        double[][] poses = new double[count][];
        for (int s = 0; s < count; s++) {
            double angle = 2 * Math.PI * random.nextDouble();
            double scale = 0.8 + 0.4 * random.nextDouble();
            double cx = 500 * random.nextDouble();
            double cy = 500 * random.nextDouble();
            poses[s] = new double[2 * template.length];
            for (int j = 0; j < template.length; j++) {
                double x = scale * template[j][0];
                double y = scale * template[j][1];
                poses[s][2 * j] = cx + x * Math.cos(angle) - y * Math.sin(angle) + random.nextGaussian() * 0.7;
                poses[s][2 * j + 1] = cy + x * Math.sin(angle) + y * Math.cos(angle) + random.nextGaussian() * 0.7;
            }
        }
        mistake.accept(poses[7]);
        return PoseSet.of(KEYPOINTS, poses);
    }

    @Test
    void singlePairSwapIsNamed() {
        ScanResult result = Scanner.scan(animals(200, pose -> {
            double[] left = {pose[2], pose[3]};
            pose[2] = pose[4];
            pose[3] = pose[5];
            pose[4] = left[0];
            pose[5] = left[1];
        }), ScanSettings.defaults());
        assertEquals(7, result.atRank(1).index());
        assertEquals("swap leftear/rightear", result.atRank(1).reason());
        assertTrue(result.flagged().size() <= 5, "clean poses flagged: " + result.flagged());
        assertEquals(result.flagged().size(), result.flaggedCount());
    }

    @Test
    void wholeBodyMirrorIsSeen() {
        // Reflect pose 7 across its own body axis: every distance stays, only the handedness changes.
        ScanResult result = Scanner.scan(animals(200, pose -> {
            double ax = pose[0] - pose[8];
            double ay = pose[1] - pose[9];
            double length = Math.hypot(ax, ay);
            ax /= length;
            ay /= length;
            for (int j = 0; j < KEYPOINTS.size(); j++) {
                double dx = pose[2 * j] - pose[8];
                double dy = pose[2 * j + 1] - pose[9];
                double along = dx * ax + dy * ay;
                pose[2 * j] = pose[8] + 2 * along * ax - dx;
                pose[2 * j + 1] = pose[9] + 2 * along * ay - dy;
            }
        }), ScanSettings.defaults());
        assertEquals(7, result.atRank(1).index());
        assertTrue(result.atRank(1).flagged());
        assertTrue(result.atRank(1).suspects().containsAll(List.of("leftear", "rightear")));

        // Distances cannot see it: the seed recipe's blind spot, kept visible as a reminder.
        ScanResult distances = Scanner.scan(animals(200, pose -> { }), ScanSettings.defaults()
                .withFeatures(FeatureKind.DISTANCES).withAlgorithmWeight(1));
        assertEquals(200, distances.size());
    }

    @Test
    void movedKeypointIsNamed() {
        ScanResult result = Scanner.scan(animals(200, pose -> pose[8] += 20), ScanSettings.defaults());
        // Tailbase has the longest lever of the five, so moving it drags the alignment and its neighbours with it:
        // the pose comes first and tailbase is among the suspects, though not always named first.
        assertEquals(7, result.atRank(1).index());
        assertEquals(Explanation.Verdict.MOVED, result.atRank(1).verdict());
        assertTrue(result.atRank(1).suspects().contains("tailbase"), result.atRank(1).toString());
    }

    @Test
    void everyFeatureKindAndAlgorithmRuns() {
        PoseSet poses = animals(120, pose -> pose[0] += 15);
        for (FeatureKind kind : FeatureKind.values()) {
            for (var descriptor : Algorithms.descriptors()) {
                ScanResult result = Scanner.scan(poses, ScanSettings.defaults().withFeatures(kind)
                        .withAlgorithm(descriptor.defaults()));
                assertEquals(7, result.atRank(1).index(), kind + " with " + descriptor.id());
            }
        }
    }

    @Test
    void samplingBeyondTheFitLimitScoresEveryPose() {
        PoseSet poses = animals(3000, pose -> pose[0] += 15);
        for (var descriptor : Algorithms.descriptors()) {
            ScanResult result = Scanner.scan(poses, ScanSettings.defaults().withFitLimit(500)
                    .withAlgorithm(descriptor.defaults()));
            assertTrue(result.messages().contains(
                    "Models were fitted on a random sample of 500 of 3000 poses; the others were scored by the fitted"
                            + " models."), result.messages().toString());
            assertEquals(7, result.atRank(1).index(), descriptor.id());
            for (int i = 0; i < result.size(); i++) {
                assertTrue(Double.isFinite(result.sample(i).algorithmScore()));
            }
        }
    }

    @Test
    void progressRunsToTheEndAndCancelStops() {
        PoseSet poses = animals(500, pose -> { });
        List<Double> fractions = new ArrayList<>();
        Scanner.scan(poses, ScanSettings.defaults(), new ScanProgress() {
            @Override
            public void worked(String task, double fractionDone) {
                fractions.add(fractionDone);
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        });
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress went back: " + fractions);
        }

        assertThrows(ScanCanceledException.class, () -> Scanner.scan(poses, ScanSettings.defaults(),
                new ScanProgress() {
                    @Override
                    public void worked(String task, double fractionDone) {
                    }

                    @Override
                    public boolean isCanceled() {
                        return true;
                    }
                }));
    }
}
