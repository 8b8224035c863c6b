package org.posescope.ui.cluster;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.posescope.cluster.Explanation;
import org.posescope.cluster.SampleResult;
import org.posescope.cluster.ScanResult;

/**
 * The points of a scan's 2-D projection as flat arrays, in drawing order: least suspect first, so that the most
 * suspect points end on top. Samples the scan could not compare (too few keypoints) have no projection and are
 * left out; {@link #leftOut()} counts them.
 */
final class ScatterData {

    /** Cluster number of noise points (DBSCAN). */
    static final int NOISE = -1;

    /**
     * How many flagged points, the most suspect, are drawn large and ringed; the others are small red dots. Big
     * machine-label files flag thousands of poses, and thousands of rings would bury every other point.
     */
    static final int RINGED_LIMIT = 200;

    final float[] x;
    final float[] y;
    final int[] sampleOfPoint;
    final int[] pointOfSample;
    final int[] clusterOfPoint;
    final boolean[] suspect;
    final boolean[] ringed;
    final float minX;
    final float maxX;
    final float minY;
    final float maxY;

    private final Map<Integer, Integer> clusterSizes;
    private final int leftOut;

    private ScatterData(int samples, int leftOut, float[] x, float[] y, int[] sampleOfPoint, int[] clusterOfPoint,
            boolean[] suspect) {
        int points = x.length;
        this.x = x;
        this.y = y;
        this.sampleOfPoint = sampleOfPoint;
        this.clusterOfPoint = clusterOfPoint;
        this.suspect = suspect;
        this.ringed = new boolean[points];
        int toRing = RINGED_LIMIT;
        for (int p = points - 1; p >= 0 && toRing > 0; p--) {
            // Points are in drawing order, most suspect last, so walking back meets them by rank.
            if (suspect[p]) {
                ringed[p] = true;
                toRing--;
            }
        }
        this.leftOut = leftOut;
        this.clusterSizes = new TreeMap<>();
        for (int cluster : clusterOfPoint) {
            clusterSizes.merge(cluster, 1, Integer::sum);
        }
        this.pointOfSample = new int[samples];
        Arrays.fill(pointOfSample, -1);
        float lowX = Float.POSITIVE_INFINITY;
        float highX = Float.NEGATIVE_INFINITY;
        float lowY = Float.POSITIVE_INFINITY;
        float highY = Float.NEGATIVE_INFINITY;
        for (int p = 0; p < points; p++) {
            pointOfSample[sampleOfPoint[p]] = p;
            lowX = Math.min(lowX, x[p]);
            highX = Math.max(highX, x[p]);
            lowY = Math.min(lowY, y[p]);
            highY = Math.max(highY, y[p]);
        }
        this.minX = points == 0 ? -1 : lowX;
        this.maxX = points == 0 ? 1 : highX;
        this.minY = points == 0 ? -1 : lowY;
        this.maxY = points == 0 ? 1 : highY;
    }

    static ScatterData of(ScanResult result) {
        int samples = result.size();
        float[] x = new float[samples];
        float[] y = new float[samples];
        int[] sampleOfPoint = new int[samples];
        int[] clusterOfPoint = new int[samples];
        boolean[] suspect = new boolean[samples];
        int points = 0;
        for (int rank = samples; rank >= 1; rank--) {
            SampleResult sample = result.atRank(rank);
            if (sample.verdict() == Explanation.Verdict.TOO_FEW_KEYPOINTS
                    || !Double.isFinite(sample.x()) || !Double.isFinite(sample.y())) {
                continue;
            }
            x[points] = (float) sample.x();
            y[points] = (float) sample.y();
            sampleOfPoint[points] = sample.index();
            clusterOfPoint[points] = sample.cluster();
            suspect[points] = sample.flagged();
            points++;
        }
        return new ScatterData(samples, samples - points, Arrays.copyOf(x, points),
                Arrays.copyOf(y, points), Arrays.copyOf(sampleOfPoint, points), Arrays.copyOf(clusterOfPoint,
                        points), Arrays.copyOf(suspect, points));
    }

    /** Points that are their own samples (point {@code i} is sample {@code i}), for tests and benchmarks. */
    static ScatterData ofPoints(float[] x, float[] y, int[] cluster, boolean[] suspect) {
        int[] identity = new int[x.length];
        Arrays.setAll(identity, i -> i);
        return new ScatterData(x.length, 0, x, y, identity, cluster, suspect);
    }

    int size() {
        return x.length;
    }

    /** Points per cluster number, in ascending cluster order (noise first). */
    Map<Integer, Integer> clusterSizes() {
        return clusterSizes;
    }

    /** Samples without a projection, not drawn. */
    int leftOut() {
        return leftOut;
    }

    int ringedCount() {
        int count = 0;
        for (boolean ring : ringed) {
            count += ring ? 1 : 0;
        }
        return count;
    }

    int suspectCount() {
        int count = 0;
        for (boolean flagged : suspect) {
            count += flagged ? 1 : 0;
        }
        return count;
    }
}
