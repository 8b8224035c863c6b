package org.posescope.cluster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** What the appearance model makes of patches whose content is known. */
class AppearanceModelTest {

    private static final int SIDE = 81;

    /** A patch of the given brightness with a little noise, as a camera gives it. */
    private static float[] patch(Random random, double brightness) {
        float[] values = new float[SIDE];
        for (int i = 0; i < SIDE; i++) {
            values[i] = (float) (brightness + 0.02 * random.nextGaussian());
        }
        return values;
    }

    @Test
    void aPatchUnlikeItsKeypointsOthersStandsOutAndTheOthersDoNot() {
        // Two keypoints in 40 frames: keypoint 0 on dark fur, keypoint 1 on light floor, but in frame 7 keypoint 0
        // was put on the floor.
        Random random = new Random(3);
        int frames = 40;
        float[][] patches = new float[2 * frames][];
        for (int s = 0; s < frames; s++) {
            patches[2 * s] = patch(random, s == 7 ? 0.9 : 0.1);
            patches[2 * s + 1] = patch(random, 0.9);
        }

        double[] nats = AppearanceModel.nats(patches, 2);

        assertTrue(nats[2 * 7] > 20, "the label on the floor is far out: " + nats[2 * 7]);
        int usualAbove = 0;
        for (int s = 0; s < frames; s++) {
            usualAbove += s != 7 && nats[2 * s] > 6 ? 1 : 0;
            usualAbove += nats[2 * s + 1] > 6 ? 1 : 0;
        }
        assertEquals(0, usualAbove, "no correct label looks unusual by 6 nats");
    }

    @Test
    void framesOfAnotherImageSizeAreComparedAmongThemselvesOnly() {
        // 20 frames of one camera and one frame of another, whose keypoint sits on content of its own.
        Random random = new Random(5);
        float[][] patches = new float[21][];
        int[] group = new int[21];
        for (int s = 0; s < 20; s++) {
            patches[s] = patch(random, 0.1);
        }
        patches[20] = patch(random, 0.9);
        group[20] = 1;

        double[] nats = AppearanceModel.nats(patches, 1, group);

        assertTrue(Double.isNaN(nats[20]), "one frame of its size has nothing to be compared with");
        for (int s = 0; s < 20; s++) {
            assertTrue(nats[s] < 6, "the other camera's frame does not count among these: " + nats[s]);
        }
    }

    @Test
    void aKeypointWithTooFewPatchesIsNotJudged() {
        Random random = new Random(4);
        float[][] patches = new float[AppearanceModel.MIN_PATCHES + 1][];
        for (int s = 0; s < AppearanceModel.MIN_PATCHES - 1; s++) {
            patches[s] = patch(random, 0.5);
        }

        double[] nats = AppearanceModel.nats(patches, 1);

        for (double value : nats) {
            assertTrue(Double.isNaN(value), "fewer than " + AppearanceModel.MIN_PATCHES + " patches: no judgement");
        }
    }

    @Test
    void identicalPatchesAreAllUsual() {
        float[][] patches = new float[12][];
        for (int s = 0; s < patches.length; s++) {
            patches[s] = new float[SIDE];
        }

        double[] nats = AppearanceModel.nats(patches, 1);

        for (double value : nats) {
            assertEquals(Math.log(2), value, 1e-12, "every patch sits at the median: the upper tail holds half");
        }
    }

    @Test
    void natsFollowTheNormalUpperTailAndStayFiniteFarOut() {
        assertEquals(Math.log(2), AppearanceModel.upperTailNats(0), 1e-12);
        assertEquals(-Math.log(0.0013498980316301), AppearanceModel.upperTailNats(3), 1e-6);
        assertTrue(Double.isFinite(AppearanceModel.upperTailNats(1e6)));
        assertEquals(AppearanceModel.upperTailNats(10), AppearanceModel.upperTailNats(1e6), 1e-12,
                "z is capped, so one far-off patch cannot outweigh every other sign");
    }
}
