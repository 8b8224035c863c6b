package org.posescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MinLabeledKeypointsTest {

    private static final List<String> KEYPOINTS = List.of("nose", "leftear", "rightear", "neck", "tailbase");

    /** Sixty noisy copies of one pose; pose 3 keeps three of its five keypoints, pose 5 two. */
    private static PoseSet posesWithGaps() {
        Random random = new Random(7);
        double[] template = {30, 0, 18, 6, 18, -6, 12, 0, -25, 0};
        double[][] poses = new double[60][];
        for (int s = 0; s < poses.length; s++) {
            poses[s] = new double[template.length];
            for (int c = 0; c < template.length; c++) {
                poses[s][c] = 100 + template[c] + random.nextGaussian();
            }
        }
        for (int c = 4; c < 10; c++) {
            poses[3][c] = c < 6 ? poses[3][c] : Double.NaN;
            poses[5][c] = Double.NaN;
        }
        return PoseSet.of(KEYPOINTS, poses);
    }

    @Test
    void posesWithTooFewLabeledKeypointsAreNotCompared() {
        PoseSet poses = posesWithGaps();
        assertEquals(3, poses.labeledCount(3));
        assertEquals(2, poses.labeledCount(5));

        ScanResult lenient = Scanner.scan(poses, ScanSettings.defaults());
        ScanResult strict = Scanner.scan(poses, ScanSettings.defaults().withMinLabeledKeypoints(4));

        assertEquals(0, tooFew(lenient));
        assertEquals(2, tooFew(strict));
        assertEquals(Explanation.Verdict.TOO_FEW_KEYPOINTS, strict.sample(3).verdict());
        assertEquals(Explanation.Verdict.TOO_FEW_KEYPOINTS, strict.sample(5).verdict());
    }

    @Test
    void aMinimumAboveTheKeypointCountAsksForEveryKeypoint() {
        ScanResult result = Scanner.scan(posesWithGaps(), ScanSettings.defaults().withMinLabeledKeypoints(50));

        assertEquals(2, tooFew(result));
    }

    private static long tooFew(ScanResult result) {
        return result.top(result.size()).stream()
                .filter(sample -> sample.verdict() == Explanation.Verdict.TOO_FEW_KEYPOINTS).count();
    }
}
