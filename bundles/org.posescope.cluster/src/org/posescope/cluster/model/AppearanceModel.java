package org.posescope.cluster.model;

import java.util.Arrays;
import java.util.stream.IntStream;

import elki.math.statistics.distribution.NormalDistribution;

/**
 * How unlike the rest a keypoint's image patch is: a label put on the wrong spot (the floor beside the tail, the
 * body instead of its edge) shows content that the same keypoint's labels in other frames do not.
 *
 * <p>For each keypoint, every patch is compared with the same keypoint's patches in up to {@value #REFERENCES}
 * other frames (spread evenly over the set); its unlikeness is the mean distance to its {@value #NEIGHBOURS}
 * nearest, so that a keypoint that looks different in a few postures still has look-alikes; then again against
 * the nine tenths of patches that are least unlike, so that mistakes that look alike do not vouch for each other.
 * The logarithm of that distance is turned into a robust z-score (median and scaled median absolute deviation over
 * the keypoint's patches) and then into nats, the negative log of the normal upper tail beyond it, which is the unit
 * the keypoint model's residuals are in. A keypoint with fewer than {@value #MIN_PATCHES} patches is not judged.
 */
public final class AppearanceModel {

    static final int REFERENCES = 1000;
    static final int NEIGHBOURS = 3;
    public static final int MIN_PATCHES = 8;
    /** Patches that differ by less than this in log distance are as alike as the set's typical pair. */
    private static final double MIN_LOG_SPREAD = 0.05;
    private static final double TRUSTED_FRACTION = 0.9;
    private static final double MAX_Z = 10;
    private static final double DISTANCE_FLOOR = 1e-3;

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

    /** Fills in the nats of one keypoint's patches among the given samples. */
    private static void judge(float[][] patches, int keypoints, int keypoint, int[] members, double[] nats) {
        if (members.length < MIN_PATCHES) {
            return;
        }
        double[] logDistance = logNearestDistances(patches, keypoints, keypoint, members,
                Subsample.evenlySpread(members, REFERENCES));
        // Mistakes can look alike (several keypoints put on the bare floor), and would vouch for each other as
        // nearest patches: so the patches are measured again against references without the most unlike tenth.
        double cut = Robust.quantile(logDistance.clone(), logDistance.length, TRUSTED_FRACTION);
        int[] trusted = IntStream.range(0, members.length).filter(m -> logDistance[m] <= cut).map(m -> members[m])
                .toArray();
        if (trusted.length > NEIGHBOURS) {
            double[] again = logNearestDistances(patches, keypoints, keypoint, members,
                    Subsample.evenlySpread(trusted, REFERENCES));
            System.arraycopy(again, 0, logDistance, 0, again.length);
        }

        double median = Robust.median(logDistance.clone(), logDistance.length);
        double[] deviations = new double[logDistance.length];
        for (int m = 0; m < logDistance.length; m++) {
            deviations[m] = Math.abs(logDistance[m] - median);
        }
        double spread = Math.max(MIN_LOG_SPREAD, 1.4826 * Robust.median(deviations, deviations.length));
        for (int m = 0; m < members.length; m++) {
            nats[members[m] * keypoints + keypoint] = upperTailNats((logDistance[m] - median) / spread);
        }
    }

    private static double[] logNearestDistances(float[][] patches, int keypoints, int keypoint, int[] members,
            int[] references) {
        double[] logDistance = new double[members.length];
        IntStream.range(0, members.length).parallel().forEach(m -> logDistance[m] = Math.log(DISTANCE_FLOOR
                + nearestMeanDistance(patches, members[m], references, keypoints, keypoint)));
        return logDistance;
    }

    /** The mean distance from one patch to its nearest patches of the same keypoint among the references. */
    private static double nearestMeanDistance(float[][] patches, int sample, int[] references, int keypoints,
            int keypoint) {
        float[] patch = patches[sample * keypoints + keypoint];
        double[] nearest = new double[NEIGHBOURS];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int reference : references) {
            if (reference == sample) {
                continue;
            }
            double squared = squaredDistance(patch, patches[reference * keypoints + keypoint], nearest[0]);
            if (squared < nearest[0]) {
                // Keep the few smallest in descending order, the largest of them first.
                nearest[0] = squared;
                for (int i = 1; i < NEIGHBOURS && nearest[i - 1] < nearest[i]; i++) {
                    double swap = nearest[i];
                    nearest[i] = nearest[i - 1];
                    nearest[i - 1] = swap;
                }
            }
        }
        double sum = 0;
        int count = 0;
        for (double squared : nearest) {
            if (squared < Double.POSITIVE_INFINITY) {
                sum += Math.sqrt(squared);
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** The squared distance, or any value above {@code bound} as soon as the partial sum passes it. */
    private static double squaredDistance(float[] a, float[] b, double bound) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
            if (sum > bound) {
                return sum;
            }
        }
        return sum;
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
