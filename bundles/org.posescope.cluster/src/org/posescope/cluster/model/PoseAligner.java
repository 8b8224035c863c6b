package org.posescope.cluster.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import elki.utilities.datastructures.QuickSelect;

import org.posescope.cluster.PoseSet;

// TODO [2026-12]: a pose with keypoints missing is aligned on the rest only, which estimates its scale and turn
// less well than the model (fitted on complete poses) expects; such poses can show a small "far from expected"
// deviation beside their missing keypoint (field case B17, frames 2 and 3).
/**
 * Aligns every pose onto a robust mean pose by a similarity transform (translation, scale, rotation) that never
 * reflects, so that a mirrored pose stays visibly different.
 *
 * <p>The transform is found by iteratively reweighted least squares (Cauchy weights on the keypoint residuals),
 * so one misplaced keypoint hardly turns or shifts the rest of the pose. The mean pose is a generalised
 * Procrustes mean: poses are aligned to it and it is replaced by the coordinate-wise median of the aligned poses,
 * a few times over, centred and scaled to unit root-mean-square size. Missing keypoints are filled from the mean.
 */
public final class PoseAligner {

    private static final int MEAN_ITERATIONS = 4;
    private static final int MEAN_SAMPLE_LIMIT = 4000;
    private static final int REWEIGHT_ITERATIONS = 2;
    private static final double CAUCHY_SCALE = 2.5;

    private final int keypoints;
    private final double[] mean;

    private PoseAligner(int keypoints, double[] mean) {
        this.keypoints = keypoints;
        this.mean = mean;
    }

    /**
     * Fits the mean pose on the given samples (those with at least two labeled keypoints should be chosen).
     *
     * @param poses the poses
     * @param fitSamples indices of the samples to fit on (a few thousand of them, evenly spread, are used); if
     *        empty, the mean is a unit circle of keypoints
     */
    public static PoseAligner fit(PoseSet poses, int[] fitSamples) {
        // A few thousand poses, spread evenly over the fit sample, pin the mean pose down well.
        int[] sample = Subsample.evenlySpread(fitSamples, MEAN_SAMPLE_LIMIT);
        int k = poses.keypointCount();
        double[] mean = initialMean(poses, sample);
        double[] aligned = new double[sample.length * 2 * k];
        for (int iteration = 0; iteration < MEAN_ITERATIONS && sample.length > 0; iteration++) {
            PoseAligner current = new PoseAligner(k, mean);
            IntStream.range(0, sample.length).parallel().forEach(i -> {
                double[] pose = new double[2 * k];
                poses.copyPose(sample[i], pose);
                current.alignInto(pose, aligned, i * 2 * k, false);
            });
            mean = medianPose(aligned, sample.length, k, mean);
            normalise(mean);
        }
        return new PoseAligner(k, mean);
    }

    /**
     * The directions in pose space that alignment takes out (shift in x, shift in y, turn and stretch about the
     * mean pose), orthonormalised; deviations along them say nothing about a label.
     */
    public double[][] nuisanceDirections() {
        double[][] directions = new double[4][2 * keypoints];
        for (int j = 0; j < keypoints; j++) {
            directions[0][2 * j] = 1;
            directions[1][2 * j + 1] = 1;
            directions[2][2 * j] = -mean[2 * j + 1];
            directions[2][2 * j + 1] = mean[2 * j];
            directions[3][2 * j] = mean[2 * j];
            directions[3][2 * j + 1] = mean[2 * j + 1];
        }
        return orthonormalise(directions);
    }

    private static double[][] orthonormalise(double[][] vectors) {
        List<double[]> basis = new ArrayList<>();
        for (double[] vector : vectors) {
            double[] v = vector.clone();
            for (double[] b : basis) {
                double projection = dot(v, b);
                for (int d = 0; d < v.length; d++) {
                    v[d] -= projection * b[d];
                }
            }
            double norm = Math.sqrt(dot(v, v));
            if (norm > 1e-9) {
                for (int d = 0; d < v.length; d++) {
                    v[d] /= norm;
                }
                basis.add(v);
            }
        }
        return basis.toArray(double[][]::new);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The mean pose, {@code 2 * keypoints} values, centred with unit root-mean-square size. */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * Aligns one pose (x, y per keypoint, NaN for missing) into {@code out} starting at {@code offset}.
     *
     * @param fillMissing whether missing keypoints take the mean pose's place (otherwise they stay NaN)
     * @return the scale factor applied (pose units to mean units), or NaN when fewer than two keypoints are labeled
     */
    public double alignInto(double[] pose, double[] out, int offset, boolean fillMissing) {
        return alignInto(pose, out, offset, fillMissing, new double[4]);
    }

    /**
     * The same, also giving the transform found: {@code (a, b, tx, ty)} with {@code x' = a x - b y + tx} and
     * {@code y' = b x + a y + ty}, so the pose is turned by {@code atan2(b, a)} onto the mean (all 0 when fewer
     * than two keypoints are labeled).
     */
    public double alignInto(double[] pose, double[] out, int offset, boolean fillMissing, double[] transform) {
        Arrays.fill(transform, 0);
        double[] weights = new double[keypoints];
        int labeled = 0;
        for (int j = 0; j < keypoints; j++) {
            weights[j] = Double.isNaN(pose[2 * j]) || Double.isNaN(pose[2 * j + 1]) ? 0 : 1;
            labeled += (int) weights[j];
        }
        if (labeled < 2) {
            for (int d = 0; d < 2 * keypoints; d++) {
                out[offset + d] = fillMissing ? mean[d] : Double.NaN;
            }
            return Double.NaN;
        }

        double[] residuals = new double[keypoints];
        for (int iteration = 0; iteration < REWEIGHT_ITERATIONS; iteration++) {
            solveSimilarity(pose, weights, transform);
            if (iteration + 1 < REWEIGHT_ITERATIONS) {
                reweight(pose, transform, weights, residuals);
            }
        }

        double a = transform[0];
        double b = transform[1];
        for (int j = 0; j < keypoints; j++) {
            double x = pose[2 * j];
            double y = pose[2 * j + 1];
            boolean missing = Double.isNaN(x) || Double.isNaN(y);
            if (missing) {
                out[offset + 2 * j] = fillMissing ? mean[2 * j] : Double.NaN;
                out[offset + 2 * j + 1] = fillMissing ? mean[2 * j + 1] : Double.NaN;
            } else {
                out[offset + 2 * j] = a * x - b * y + transform[2];
                out[offset + 2 * j + 1] = b * x + a * y + transform[3];
            }
        }
        return Math.hypot(a, b);
    }

    /**
     * Weighted least-squares similarity from the pose onto the mean: {@code (a, b, tx, ty)} with the map
     * {@code x' = a x - b y + tx, y' = b x + a y + ty}, a rotation and scale without reflection.
     */
    private void solveSimilarity(double[] pose, double[] weights, double[] transform) {
        double total = 0;
        double px = 0;
        double py = 0;
        double mx = 0;
        double my = 0;
        for (int j = 0; j < keypoints; j++) {
            if (weights[j] > 0) {
                total += weights[j];
                px += weights[j] * pose[2 * j];
                py += weights[j] * pose[2 * j + 1];
                mx += weights[j] * mean[2 * j];
                my += weights[j] * mean[2 * j + 1];
            }
        }
        px /= total;
        py /= total;
        mx /= total;
        my /= total;

        double dot = 0;
        double cross = 0;
        double norm = 0;
        for (int j = 0; j < keypoints; j++) {
            if (weights[j] > 0) {
                double ux = pose[2 * j] - px;
                double uy = pose[2 * j + 1] - py;
                double vx = mean[2 * j] - mx;
                double vy = mean[2 * j + 1] - my;
                dot += weights[j] * (ux * vx + uy * vy);
                cross += weights[j] * (ux * vy - uy * vx);
                norm += weights[j] * (ux * ux + uy * uy);
            }
        }

        // A pose whose labeled keypoints all coincide has no orientation: it is only moved onto the mean.
        double a = norm > 0 ? dot / norm : 0;
        double b = norm > 0 ? cross / norm : 0;
        transform[0] = a;
        transform[1] = b;
        transform[2] = mx - (a * px - b * py);
        transform[3] = my - (b * px + a * py);
    }

    private void reweight(double[] pose, double[] transform, double[] weights, double[] residuals) {
        int count = 0;
        for (int j = 0; j < keypoints; j++) {
            if (weights[j] > 0) {
                double x = transform[0] * pose[2 * j] - transform[1] * pose[2 * j + 1] + transform[2];
                double y = transform[1] * pose[2 * j] + transform[0] * pose[2 * j + 1] + transform[3];
                double dx = x - mean[2 * j];
                double dy = y - mean[2 * j + 1];
                // Not Math.hypot: its care for overflow costs a fifth of the alignment, and pixels never overflow.
                residuals[count++] = Math.sqrt(dx * dx + dy * dy);
            }
        }
        double median = QuickSelect.quickSelect(Arrays.copyOf(residuals, count), 0, count, count / 2);
        double scale = Math.max(CAUCHY_SCALE * median, 1e-3);

        int index = 0;
        for (int j = 0; j < keypoints; j++) {
            if (weights[j] > 0) {
                double r = residuals[index++] / scale;
                weights[j] = 1 / (1 + r * r);
            }
        }
    }

    private static double[] initialMean(PoseSet poses, int[] fitSamples) {
        int k = poses.keypointCount();
        double[] mean = new double[2 * k];
        int best = -1;
        for (int s : fitSamples) {
            if (best < 0 || poses.labeledCount(s) > poses.labeledCount(best)) {
                best = s;
            }
            if (poses.labeledCount(best) == k) {
                break;
            }
        }
        for (int j = 0; j < k; j++) {
            double angle = 2 * Math.PI * j / k;
            boolean usable = best >= 0 && poses.isLabeled(best, j);
            mean[2 * j] = usable ? poses.x(best, j) : Math.cos(angle);
            mean[2 * j + 1] = usable ? poses.y(best, j) : Math.sin(angle);
        }
        normalise(mean);
        return mean;
    }

    private static double[] medianPose(double[] aligned, int samples, int k, double[] previous) {
        double[] median = new double[2 * k];
        double[] column = new double[samples];
        for (int d = 0; d < 2 * k; d++) {
            int count = 0;
            for (int s = 0; s < samples; s++) {
                double value = aligned[s * 2 * k + d];
                if (!Double.isNaN(value)) {
                    column[count++] = value;
                }
            }
            median[d] = count == 0 ? previous[d] : Robust.median(column, count);
        }
        return median;
    }

    /** Centres the pose and scales it to unit root-mean-square distance from the centre. */
    static void normalise(double[] pose) {
        int k = pose.length / 2;
        double cx = 0;
        double cy = 0;
        for (int j = 0; j < k; j++) {
            cx += pose[2 * j] / k;
            cy += pose[2 * j + 1] / k;
        }
        double size = 0;
        for (int j = 0; j < k; j++) {
            pose[2 * j] -= cx;
            pose[2 * j + 1] -= cy;
            size += (pose[2 * j] * pose[2 * j] + pose[2 * j + 1] * pose[2 * j + 1]) / k;
        }
        size = Math.sqrt(size);
        if (size > 0) {
            for (int d = 0; d < pose.length; d++) {
                pose[d] /= size;
            }
        }
    }
}
