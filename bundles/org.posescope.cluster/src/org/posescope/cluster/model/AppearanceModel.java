package org.posescope.cluster.model;

import java.util.Arrays;
import java.util.stream.IntStream;

import elki.data.NumberVector;
import elki.distance.minkowski.EuclideanDistance;
import elki.math.statistics.distribution.NormalDistribution;
import elki.outlier.lof.LOF;
import elki.result.outlier.OutlierResult;

import org.posescope.cluster.algorithm.ElkiPoints;

/**
 * How unlike the rest a keypoint's image patch is: a label put on the wrong spot (the floor beside the tail, the
 * body instead of its edge) shows content that the same keypoint's labels in other frames do not.
 *
 * <p>For each keypoint, ELKI's Local Outlier Factor with {@value #LOF_NEIGHBOURS} neighbours compares how densely
 * each patch's nearest patches of that keypoint are packed with how densely their own neighbours are, so that a
 * keypoint that looks different in a few postures still has look-alikes, and a few mistakes that look alike (labels
 * on the bare floor) stay outliers among the many correct patches. The logarithm of that factor is turned into a
 * robust z-score over the keypoint's patches and then into nats, the negative log of the normal upper tail beyond
 * it, which is the unit the keypoint model's residuals are in. The spread is read off the upper tail, where a
 * mistake shows: the 90th percentile lies 1.2816 spreads above the median of a normal distribution, and a tenth of
 * the labels may be wrong before it moves. (The median absolute deviation understated how far correct patches
 * reach, and called a third of Reaching's untouched frames unlike.) A keypoint with fewer than
 * {@value #MIN_PATCHES} patches is not judged.
 */
public final class AppearanceModel {

    static final int LOF_NEIGHBOURS = 10;
    public static final int MIN_PATCHES = 8;
    /** At most this many patches of a keypoint are compared; a larger set is thinned evenly (see the TODO). */
    static final int MAX_COMPARED = 3000;
    /** Patches whose log factors differ by less than this are as alike as the set's typical pair. */
    private static final double MIN_LOG_SPREAD = 0.05;
    private static final double TAIL_QUANTILE = 0.9;
    private static final double TAIL_QUANTILE_Z = 1.2816;
    private static final double MAX_Z = 10;
    private static final double FACTOR_FLOOR = 1e-3;

    private AppearanceModel() {
    }

    /**
     * @param patches per sample and keypoint ({@code sample * keypoints + keypoint}), a patch of equal length for
     *        all, or null where there is none
     * @return per sample and keypoint, the nats by which the patch is unlike the keypoint's others (the negative
     *         log of how rarely a patch is as unlike), NaN where it is not judged
     */
    public static double[] nats(float[][] patches, int keypoints) {
        return nats(patches, keypoints, new int[patches.length / keypoints]);
    }

    /**
     * The same, comparing patches only within groups of samples (frames of one image size: another size is another
     * camera or setting, whose patches differ for reasons of their own).
     *
     * @param groupOfSample per sample, its group
     */
    public static double[] nats(float[][] patches, int keypoints, int[] groupOfSample) {
        double[] nats = new double[patches.length];
        Arrays.fill(nats, Double.NaN);
        int samples = patches.length / keypoints;
        int groups = Arrays.stream(groupOfSample).max().orElse(-1) + 1;
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < keypoints; j++) {
                int group = g;
                int keypoint = j;
                int[] members = IntStream.range(0, samples).filter(s -> groupOfSample[s] == group
                        && patches[s * keypoints + keypoint] != null).toArray();
                judge(patches, keypoints, keypoint, members, nats);
            }
        }
        return nats;
    }

    // TODO [2026-12]: past MAX_COMPARED patches of one keypoint (a few thousand labeled frames of several animals)
    // the others are not judged by their image; ELKI's LOF costs the square of the patches compared.
    /** Fills in the nats of one keypoint's patches among the given samples. */
    private static void judge(float[][] patches, int keypoints, int keypoint, int[] members, double[] nats) {
        if (members.length < MIN_PATCHES) {
            return;
        }
        int[] compared = Subsample.evenlySpread(members, MAX_COMPARED);
        double[][] rows = new double[compared.length][];
        for (int m = 0; m < compared.length; m++) {
            float[] patch = patches[compared[m] * keypoints + keypoint];
            rows[m] = new double[patch.length];
            for (int i = 0; i < patch.length; i++) {
                rows[m][i] = patch[i];
            }
        }
        ElkiPoints points = new ElkiPoints(rows);
        int neighbours = Math.min(LOF_NEIGHBOURS, compared.length - 1);
        OutlierResult result = new LOF<NumberVector>(neighbours, EuclideanDistance.STATIC).run(points.relation());
        // Identical patches have no density to compare; ELKI's infinite factor for them means "as usual".
        double[] factors = points.scores(result.getScores(), 1);

        double[] logFactors = new double[factors.length];
        for (int m = 0; m < factors.length; m++) {
            logFactors[m] = Math.log(Math.max(factors[m], FACTOR_FLOOR));
        }
        double median = Robust.median(logFactors.clone(), logFactors.length);
        double upper = Robust.quantile(logFactors.clone(), logFactors.length, TAIL_QUANTILE);
        double spread = Math.max(MIN_LOG_SPREAD, (upper - median) / TAIL_QUANTILE_Z);
        for (int m = 0; m < compared.length; m++) {
            nats[compared[m] * keypoints + keypoint] = upperTailNats((logFactors[m] - median) / spread);
        }
    }

    /** {@code -ln P(Z > z)} for a standard normal Z: ln 2 at the median, near 0 for the most usual patches. */
    static double upperTailNats(double z) {
        double capped = Math.min(z, MAX_Z);
        if (capped < 8) {
            return -Math.log(0.5 * NormalDistribution.erfc(capped / Math.sqrt(2)));
        }
        // Far out the tail underflows; its asymptote is exact to a fraction of a percent there.
        return capped * capped / 2 + Math.log(capped * Math.sqrt(2 * Math.PI));
    }
}
