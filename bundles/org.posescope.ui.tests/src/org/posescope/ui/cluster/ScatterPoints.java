package org.posescope.ui.cluster;

import java.util.Random;

/** Scatter data of many points in a few Gaussian blobs with a sprinkle of far outliers, seeded. */
final class ScatterPoints {

    private ScatterPoints() {
    }

    static ScatterData blobs(int count, long seed) {
        Random random = new Random(seed);
        float[] x = new float[count];
        float[] y = new float[count];
        int[] cluster = new int[count];
        boolean[] suspect = new boolean[count];
        double[][] centres = {{0, 0}, {6, 2}, {-4, 5}, {2, -6}};
        for (int i = 0; i < count; i++) {
            int c = random.nextInt(centres.length);
            boolean far = random.nextDouble() < 0.01;
            double spread = far ? 8 : 1;
            x[i] = (float) (centres[c][0] + spread * random.nextGaussian());
            y[i] = (float) (centres[c][1] + spread * random.nextGaussian());
            cluster[i] = far ? ScatterData.NOISE : c;
            suspect[i] = far;
        }
        return ScatterData.ofPoints(x, y, cluster, suspect);
    }
}
