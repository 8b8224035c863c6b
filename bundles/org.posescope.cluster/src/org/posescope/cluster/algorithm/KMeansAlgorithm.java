package org.posescope.cluster.algorithm;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import elki.clustering.kmeans.HamerlyKMeans;
import elki.clustering.kmeans.initialization.KMeansPlusPlus;
import elki.data.Clustering;
import elki.data.NumberVector;
import elki.data.model.KMeansModel;
import elki.database.ids.DBIDIter;
import elki.distance.minkowski.SquaredEuclideanDistance;
import elki.utilities.random.RandomFactory;

/** ELKI's k-means (Hamerly's accelerated Lloyd iteration, k-means++ seeding). */
final class KMeansAlgorithm implements PoseAlgorithm {

    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("kmeans", "k-means",
            "Splits the poses into k groups around k mean poses, each pose joining the nearest mean. The score is "
                    + "the distance from a pose to its group's mean: poses far from every typical posture score "
                    + "high. Groups are useful for picking a varied set of frames to label.",
            "J. MacQueen: Some Methods for Classification and Analysis of Multivariate Observations. Proc. 5th "
                    + "Berkeley Symposium 1967; G. Hamerly: Making k-means Even Faster. Proc. SIAM SDM 2010; "
                    + "D. Arthur, S. Vassilvitskii: k-means++. Proc. ACM-SIAM SODA 2007.",
            true,
            List.of(ParameterDescriptor.integer("k", "Clusters", 5, 1, 100, "How many groups to form."),
                    ParameterDescriptor.integer("maxIterations", "Maximum iterations", 100, 1, 10000,
                            "Stop after this many rounds even if groups still change.")));

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlgorithmOutcome run(ElkiPoints points, AlgorithmParameters parameters, long seed,
            List<String> messages) {
        int distinct = points.distinctRows(parameters.intValue("k") + 1);
        int k = Clamp.atMost(parameters.intValue("k"), distinct, "k-means k",
                "there are only " + distinct + " distinct poses", messages);
        Clustering<KMeansModel> clustering = new HamerlyKMeans<NumberVector>(SquaredEuclideanDistance.STATIC, k,
                parameters.intValue("maxIterations"), new KMeansPlusPlus<>(new RandomFactory(seed)), false)
                .run(points.relation());

        int[] clusters = Clusters.numbers(clustering, points);
        double[] scores = new double[points.size()];
        for (var cluster : clustering.getAllClusters()) {
            double[] centre = cluster.getModel().getMean();
            for (DBIDIter it = cluster.getIDs().iter(); it.valid(); it.advance()) {
                int offset = points.offset(it);
                scores[offset] = distance(points.row(offset), centre);
            }
        }
        return new AlgorithmOutcome(scores, clusters);
    }

    /** Exact for k-means: the nearest of the cluster means (the means of the fitted points per cluster). */
    @Override
    public void extend(ElkiPoints fitted, AlgorithmOutcome outcome, double[] points, int dimension,
            double[] scores, int[] clusters) {
        int k = Arrays.stream(outcome.clusters()).max().orElse(0) + 1;
        double[][] centres = new double[k][dimension];
        int[] sizes = new int[k];
        for (int f = 0; f < fitted.size(); f++) {
            int cluster = outcome.clusters()[f];
            sizes[cluster]++;
            for (int d = 0; d < dimension; d++) {
                centres[cluster][d] += fitted.row(f)[d];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < dimension; d++) {
                centres[c][d] /= Math.max(1, sizes[c]);
            }
        }
        IntStream.range(0, scores.length).parallel().forEach(i -> {
            double[] point = Arrays.copyOfRange(points, i * dimension, (i + 1) * dimension);
            int nearest = 0;
            double nearestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double distance = distance(point, centres[c]);
                if (distance < nearestDistance) {
                    nearest = c;
                    nearestDistance = distance;
                }
            }
            scores[i] = nearestDistance;
            clusters[i] = nearest;
        });
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += (a[d] - b[d]) * (a[d] - b[d]);
        }
        return Math.sqrt(sum);
    }
}
