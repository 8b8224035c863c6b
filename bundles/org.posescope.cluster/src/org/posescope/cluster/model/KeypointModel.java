package org.posescope.cluster.model;

import java.util.Arrays;
import java.util.stream.IntStream;

import elki.math.linearalgebra.CholeskyDecomposition;
import elki.math.linearalgebra.LUDecomposition;

/**
 * A Gaussian model of aligned poses that says, for every keypoint, where it should be given all the others.
 *
 * <p>With mean {@code mu} and precision {@code P} (the inverse covariance), the expectation of keypoint {@code j}
 * given the rest differs from its label by {@code (P_jj)^-1 (P (x - mu))_j}, and the squared Mahalanobis length of
 * that leave-one-out residual is {@code z_j' (P_jj)^-1 z_j} with {@code z = P (x - mu)}. So one product with the
 * precision scores every keypoint of a pose, in time linear in the number of poses, and the gain of swapping two
 * keypoints' identities follows from {@code z} and two blocks of {@code P} without refitting anything.
 *
 * <p>The fit is robust: starting from the coordinate-wise median, it keeps the 80% of poses closest to the model,
 * twice (a pose's missing keypoints taking the values the current model expects given its labeled ones, so that
 * poses with a gap count too), then rescales the covariance so that the median squared distance of all poses
 * matches its chi-square expectation (a wrong label thus moves neither the mean nor the spread much). A small ridge
 * keeps the precision finite, as aligned coordinates are constrained (centred, scaled, rotated) and some poses are
 * identical.
 */
public final class KeypointModel {

    private static final double KEEP_FRACTION = 0.8;
    private static final int TRIM_ROUNDS = 2;
    private static final double RIDGE = 0.02;

    private final int dimension;
    private final double[] mean;
    private final double[][] precision;
    private final double[][] blockInverse;

    private KeypointModel(double[] mean, double[][] precision) {
        this.dimension = mean.length;
        this.mean = mean;
        this.precision = precision;
        this.blockInverse = new double[dimension / 2][];
        for (int j = 0; j < dimension / 2; j++) {
            blockInverse[j] = invert2x2(precision[2 * j][2 * j], precision[2 * j][2 * j + 1],
                    precision[2 * j + 1][2 * j], precision[2 * j + 1][2 * j + 1]);
        }
    }

    /**
     * Fits the model.
     *
     * @param data poses in model coordinates, {@code dimension} values each, NaN where missing
     * @param dimension twice the number of keypoints
     * @param fitSamples indices of the poses to fit on (at least one)
     * @param nuisance directions in which deviations mean nothing (for aligned poses, the shifts, turn and
     *        stretch that alignment removes); orthonormal, possibly none
     */
    public static KeypointModel fit(double[] data, int dimension, int[] fitSamples, double[][] nuisance) {
        double[][] rows = fitRows(data, dimension, fitSamples);
        double[] mean = columnMedian(rows, dimension);
        double[][] filled = filledWith(rows, mean);
        double[][] covariance = withNuisance(covariance(filled, mean, null), nuisance);
        KeypointModel model = new KeypointModel(mean, invert(covariance));

        for (int round = 0; round < TRIM_ROUNDS && rows.length > dimension + 1; round++) {
            // Gaps take the values the current model expects, so poses with a keypoint missing still teach the
            // model about the others (a rarely labeled keypoint would otherwise leave only a few complete poses).
            filled = model.conditionallyFilled(rows);
            double[] distances = model.squaredDistances(filled);
            double cut = Robust.quantile(distances.clone(), distances.length, KEEP_FRACTION);
            boolean[] keep = new boolean[rows.length];
            for (int i = 0; i < rows.length; i++) {
                keep[i] = distances[i] <= cut;
            }
            mean = columnMean(filled, keep, dimension);
            covariance = withNuisance(covariance(filled, mean, keep), nuisance);
            model = new KeypointModel(mean, invert(covariance));
        }

        filled = model.conditionallyFilled(rows);
        double median = Robust.median(model.squaredDistances(filled), filled.length);
        // Nuisance directions carry next to no distance, so the chi-square has that many fewer degrees of freedom.
        int freedom = Math.max(1, dimension - nuisance.length);
        double expected = freedom * Math.pow(1 - 2.0 / (9 * freedom), 3);
        if (median > 0) {
            double consistency = median / expected;
            for (double[] row : covariance) {
                for (int c = 0; c < row.length; c++) {
                    row[c] *= consistency;
                }
            }
            model = new KeypointModel(mean, invert(covariance));
        }
        return model;
    }

    public int dimension() {
        return dimension;
    }

    public double[] mean() {
        return mean.clone();
    }

    /**
     * Evaluates one pose: fills its missing keypoints with their expectation given the labeled ones, then computes
     * the leave-one-out residual of every labeled keypoint.
     *
     * @param pose model coordinates, NaN where missing; filled in place
     */
    public Evaluation evaluate(double[] pose) {
        boolean[] missing = fillMissing(pose);

        double[] residual = new double[dimension];
        for (int d = 0; d < dimension; d++) {
            residual[d] = pose[d] - mean[d];
        }
        double[] z = multiply(precision, residual);
        double squaredDistance = dot(residual, z);

        double[] keypointScores = new double[dimension / 2];
        for (int j = 0; j < keypointScores.length; j++) {
            keypointScores[j] = missing[j] ? 0 : quadratic(blockInverse[j], z[2 * j], z[2 * j + 1]);
        }
        return new Evaluation(pose, z, squaredDistance, keypointScores, missing);
    }

    /** How much the squared distance drops when keypoints {@code a} and {@code b} trade places. */
    public double swapGain(Evaluation evaluation, int a, int b) {
        double[] pose = evaluation.pose();
        double dx = pose[2 * b] - pose[2 * a];
        double dy = pose[2 * b + 1] - pose[2 * a + 1];
        double linear = dx * (evaluation.z()[2 * a] - evaluation.z()[2 * b])
                + dy * (evaluation.z()[2 * a + 1] - evaluation.z()[2 * b + 1]);
        double sxx = precision[2 * a][2 * a] - 2 * precision[2 * a][2 * b] + precision[2 * b][2 * b];
        double sxy = precision[2 * a][2 * a + 1] - precision[2 * a][2 * b + 1] - precision[2 * b][2 * a + 1]
                + precision[2 * b][2 * b + 1];
        double syy = precision[2 * a + 1][2 * a + 1] - 2 * precision[2 * a + 1][2 * b + 1]
                + precision[2 * b + 1][2 * b + 1];
        double quadraticTerm = dx * dx * sxx + 2 * dx * dy * sxy + dy * dy * syy;
        return -(2 * linear + quadraticTerm);
    }

    /** How much the squared distance drops when every given pair trades places at once. */
    public double multiSwapGain(Evaluation evaluation, int[][] pairs) {
        double[] swapped = evaluation.pose().clone();
        for (int[] pair : pairs) {
            for (int c = 0; c < 2; c++) {
                swapped[2 * pair[0] + c] = evaluation.pose()[2 * pair[1] + c];
                swapped[2 * pair[1] + c] = evaluation.pose()[2 * pair[0] + c];
            }
        }
        for (int d = 0; d < dimension; d++) {
            swapped[d] -= mean[d];
        }
        return evaluation.squaredDistance() - dot(swapped, multiply(precision, swapped));
    }

    /** Squared Mahalanobis distances of complete rows. */
    private double[] squaredDistances(double[][] rows) {
        double[] distances = new double[rows.length];
        IntStream.range(0, rows.length).parallel().forEach(i -> {
            double[] residual = new double[dimension];
            for (int d = 0; d < dimension; d++) {
                residual[d] = rows[i][d] - mean[d];
            }
            distances[i] = dot(residual, multiply(precision, residual));
        });
        return distances;
    }

    /** Fills missing keypoints (a NaN coordinate) in place at their conditional expectation; returns which. */
    private boolean[] fillMissing(double[] pose) {
        boolean[] missing = new boolean[dimension / 2];
        boolean anyMissing = false;
        for (int j = 0; j < missing.length; j++) {
            missing[j] = Double.isNaN(pose[2 * j]) || Double.isNaN(pose[2 * j + 1]);
            anyMissing |= missing[j];
        }
        if (anyMissing) {
            fillConditional(pose, missing);
        }
        return missing;
    }

    /** Replaces missing coordinates by {@code mu_m - (P_mm)^-1 P_mo (x_o - mu_o)}. */
    private void fillConditional(double[] pose, boolean[] missing) {
        int[] m = indices(missing, true);
        int[] o = indices(missing, false);
        if (o.length == 0) {
            System.arraycopy(mean, 0, pose, 0, dimension);
            return;
        }
        double[][] pmm = new double[m.length][m.length];
        double[] rhs = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m.length; c++) {
                pmm[r][c] = precision[m[r]][m[c]];
            }
            for (int c : o) {
                rhs[r] += precision[m[r]][c] * (pose[c] - mean[c]);
            }
        }
        double[] shift = new CholeskyDecomposition(pmm).solve(rhs);
        for (int r = 0; r < m.length; r++) {
            pose[m[r]] = mean[m[r]] - shift[r];
        }
    }

    private static int[] indices(boolean[] missingKeypoint, boolean wanted) {
        int[] result = new int[2 * missingKeypoint.length];
        int count = 0;
        for (int j = 0; j < missingKeypoint.length; j++) {
            if (missingKeypoint[j] == wanted) {
                result[count++] = 2 * j;
                result[count++] = 2 * j + 1;
            }
        }
        return Arrays.copyOf(result, count);
    }

    /** The fit samples' rows, NaN where a keypoint is missing. */
    private static double[][] fitRows(double[] data, int dimension, int[] fitSamples) {
        double[][] rows = new double[fitSamples.length][];
        for (int i = 0; i < fitSamples.length; i++) {
            rows[i] = Arrays.copyOfRange(data, fitSamples[i] * dimension, (fitSamples[i] + 1) * dimension);
        }
        return rows;
    }

    private static double[][] filledWith(double[][] rows, double[] values) {
        double[][] filled = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            filled[i] = rows[i].clone();
            for (int d = 0; d < values.length; d++) {
                filled[i][d] = Double.isNaN(filled[i][d]) ? values[d] : filled[i][d];
            }
        }
        return filled;
    }

    /** Copies of the rows with their missing keypoints at the model's conditional expectation. */
    private double[][] conditionallyFilled(double[][] rows) {
        double[][] filled = new double[rows.length][];
        IntStream.range(0, rows.length).parallel().forEach(i -> {
            double[] row = rows[i].clone();
            fillMissing(row);
            filled[i] = row;
        });
        return filled;
    }

    private static double[] columnMedian(double[][] rows, int dimension) {
        double[] median = new double[dimension];
        double[] column = new double[rows.length];
        for (int d = 0; d < dimension; d++) {
            int count = 0;
            for (double[] row : rows) {
                if (!Double.isNaN(row[d])) {
                    column[count++] = row[d];
                }
            }
            median[d] = count == 0 ? 0 : Robust.median(column, count);
        }
        return median;
    }

    private static double[] columnMean(double[][] rows, boolean[] keep, int dimension) {
        double[] mean = new double[dimension];
        int count = 0;
        for (int i = 0; i < rows.length; i++) {
            if (keep[i]) {
                count++;
                for (int d = 0; d < dimension; d++) {
                    mean[d] += rows[i][d];
                }
            }
        }
        for (int d = 0; d < dimension; d++) {
            mean[d] /= count;
        }
        return mean;
    }

    /** The covariance about {@code mean} of the kept rows (all when {@code keep} is null), with a ridge added. */
    private static double[][] covariance(double[][] rows, double[] mean, boolean[] keep) {
        int dimension = mean.length;
        int count = 0;
        for (int i = 0; i < rows.length; i++) {
            count += keep == null || keep[i] ? 1 : 0;
        }

        // Residuals column by column, so that each entry is one dot product of two columns, computed in parallel.
        double[][] columns = new double[dimension][count];
        int kept = 0;
        for (int i = 0; i < rows.length; i++) {
            if (keep == null || keep[i]) {
                for (int d = 0; d < dimension; d++) {
                    columns[d][kept] = rows[i][d] - mean[d];
                }
                kept++;
            }
        }
        double[][] covariance = new double[dimension][dimension];
        double divisor = Math.max(1, count);
        IntStream.range(0, dimension).parallel().forEach(r -> {
            for (int c = r; c < dimension; c++) {
                covariance[r][c] = dot(columns[r], columns[c]) / divisor;
            }
        });
        double trace = 0;
        for (int r = 0; r < dimension; r++) {
            for (int c = 0; c < r; c++) {
                covariance[r][c] = covariance[c][r];
            }
            trace += covariance[r][r];
        }

        // Identical poses have no spread at all; the floor keeps their residuals at zero instead of NaN.
        double ridge = Math.max(RIDGE * trace / dimension, 1e-9);
        for (int d = 0; d < dimension; d++) {
            covariance[d][d] += ridge;
        }
        return covariance;
    }

    /**
     * Gives the nuisance directions a variance as large as the whole pose's, so that the precision ignores them.
     * Robust alignment leaves small, heavy-tailed deviations there (the weights differ from pose to pose), which
     * a precision fitted on the well-behaved majority would otherwise blow up into false alarms.
     */
    private static double[][] withNuisance(double[][] covariance, double[][] nuisance) {
        double trace = 0;
        for (int d = 0; d < covariance.length; d++) {
            trace += covariance[d][d];
        }
        for (double[] direction : nuisance) {
            for (int r = 0; r < covariance.length; r++) {
                for (int c = 0; c < covariance.length; c++) {
                    covariance[r][c] += trace * direction[r] * direction[c];
                }
            }
        }
        return covariance;
    }

    /** The inverse, made exactly symmetric again (LU leaves rounding asymmetries that Cholesky rejects). */
    private static double[][] invert(double[][] matrix) {
        double[][] inverse = new LUDecomposition(matrix).inverse();
        for (int r = 0; r < inverse.length; r++) {
            for (int c = 0; c < r; c++) {
                double average = (inverse[r][c] + inverse[c][r]) / 2;
                inverse[r][c] = average;
                inverse[c][r] = average;
            }
        }
        return inverse;
    }

    private static double[] invert2x2(double a, double b, double c, double d) {
        double determinant = a * d - b * c;
        return new double[] {d / determinant, -b / determinant, -c / determinant, a / determinant};
    }

    private static double quadratic(double[] m, double x, double y) {
        return x * (m[0] * x + m[1] * y) + y * (m[2] * x + m[3] * y);
    }

    private static double[] multiply(double[][] matrix, double[] vector) {
        double[] result = new double[matrix.length];
        for (int r = 0; r < matrix.length; r++) {
            result[r] = dot(matrix[r], vector);
        }
        return result;
    }

    /** Four running sums, since one sum waits on each addition before the next (a third of a million poses' time). */
    private static double dot(double[] a, double[] b) {
        int length = a.length;
        double sum0 = 0;
        double sum1 = 0;
        double sum2 = 0;
        double sum3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            sum0 += a[i] * b[i];
            sum1 += a[i + 1] * b[i + 1];
            sum2 += a[i + 2] * b[i + 2];
            sum3 += a[i + 3] * b[i + 3];
        }
        for (; i < length; i++) {
            sum0 += a[i] * b[i];
        }
        return (sum0 + sum1) + (sum2 + sum3);
    }

    /**
     * One pose as the model sees it.
     *
     * @param pose the pose with missing keypoints filled by their conditional expectation
     * @param z the precision times the pose's deviation from the mean
     * @param squaredDistance the squared Mahalanobis distance of the pose from the mean
     * @param keypointScores per keypoint, the squared Mahalanobis length of its leave-one-out residual (0 when
     *        missing); about chi-square with two degrees of freedom for a correct label
     * @param missing per keypoint, whether it was missing
     */
    public record Evaluation(double[] pose, double[] z, double squaredDistance, double[] keypointScores,
            boolean[] missing) {
    }
}
