package org.posescope.cluster.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import elki.math.linearalgebra.EigenvalueDecomposition;

/**
 * Principal component analysis of standardised features: each feature is centred and divided by its standard
 * deviation (a constant feature contributes nothing), the covariance of those is decomposed by ELKI's
 * eigenvalue decomposition, and samples are projected on the leading components, divided by the square root of
 * the largest eigenvalue so that the first component has unit variance whatever the features' units. That scale is
 * what parameters such as DBSCAN's radius refer to.
 */
public final class Projection {

    private final double[] centre;
    private final double[] inverseSpread;
    private final double[][] components;
    private final double[] eigenvalues;

    private Projection(double[] centre, double[] inverseSpread, double[][] components, double[] eigenvalues) {
        this.centre = centre;
        this.inverseSpread = inverseSpread;
        this.components = components;
        this.eigenvalues = eigenvalues;
    }

    /**
     * @param features the fit samples' features, one row each (at least one row)
     * @param wanted how many components to keep (fewer when the features have fewer dimensions)
     */
    public static Projection fit(double[][] features, int wanted) {
        int dimension = features[0].length;
        int n = features.length;
        double[] centre = new double[dimension];
        double[] inverseSpread = new double[dimension];
        for (double[] row : features) {
            for (int d = 0; d < dimension; d++) {
                centre[d] += row[d] / n;
            }
        }
        for (double[] row : features) {
            for (int d = 0; d < dimension; d++) {
                inverseSpread[d] += (row[d] - centre[d]) * (row[d] - centre[d]) / n;
            }
        }
        for (int d = 0; d < dimension; d++) {
            // Relative floor: a feature that only varies by rounding noise is treated as constant.
            double spread = Math.sqrt(inverseSpread[d]);
            inverseSpread[d] = spread > 1e-9 * (1 + Math.abs(centre[d])) ? 1 / spread : 0;
        }

        double[][] covariance = new double[dimension][dimension];
        double[] standardised = new double[dimension];
        for (double[] row : features) {
            for (int d = 0; d < dimension; d++) {
                standardised[d] = (row[d] - centre[d]) * inverseSpread[d];
            }
            for (int r = 0; r < dimension; r++) {
                for (int c = r; c < dimension; c++) {
                    covariance[r][c] += standardised[r] * standardised[c] / n;
                }
            }
        }
        for (int r = 0; r < dimension; r++) {
            for (int c = 0; c < r; c++) {
                covariance[r][c] = covariance[c][r];
            }
        }

        EigenvalueDecomposition decomposition = new EigenvalueDecomposition(covariance);
        double[] values = decomposition.getRealEigenvalues();
        double[][] vectors = decomposition.getV();
        Integer[] order = IntStream.range(0, dimension).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -values[i]));

        int kept = Math.min(wanted, dimension);
        double largest = Math.max(values[order[0]], 0);
        double unit = largest > 1e-12 ? 1 / Math.sqrt(largest) : 0;
        double[][] components = new double[kept][dimension];
        double[] eigenvalues = new double[kept];
        for (int c = 0; c < kept; c++) {
            int column = order[c];
            eigenvalues[c] = Math.max(values[column], 0);
            // Fix each component's sign (largest loading positive) so that results do not flip between runs.
            int strongest = 0;
            for (int d = 0; d < dimension; d++) {
                strongest = Math.abs(vectors[d][column]) > Math.abs(vectors[strongest][column]) ? d : strongest;
            }
            double sign = vectors[strongest][column] < 0 ? -1 : 1;
            for (int d = 0; d < dimension; d++) {
                components[c][d] = sign * vectors[d][column] * unit;
            }
        }
        return new Projection(centre, inverseSpread, components, eigenvalues);
    }

    public int components() {
        return components.length;
    }

    /** The eigenvalues of the kept components, largest first (variances in standardised units). */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** Projects one feature vector; {@code out} receives {@link #components()} values. */
    public void project(double[] features, double[] out) {
        for (int c = 0; c < components.length; c++) {
            double sum = 0;
            double[] component = components[c];
            for (int d = 0; d < features.length; d++) {
                sum += (features[d] - centre[d]) * inverseSpread[d] * component[d];
            }
            out[c] = sum;
        }
    }
}
