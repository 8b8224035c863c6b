package org.posescope.cluster.algorithm;

import java.util.List;

import elki.data.NumberVector;
import elki.distance.minkowski.EuclideanDistance;
import elki.outlier.distance.KNNOutlier;
import elki.result.outlier.OutlierResult;

/** ELKI's kNN outlier: the distance to the k-th nearest neighbour. */
final class KnnOutlierAlgorithm implements PoseAlgorithm {

    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("knn", "kNN distance",
            "Scores each pose by the distance to its k-th nearest neighbour in feature space: a pose unlike any "
                    + "other lies far from all of them. Global and simple; it does not adapt to regions of "
                    + "different density as LOF does.",
            "S. Ramaswamy, R. Rastogi, K. Shim: Efficient Algorithms for Mining Outliers from Large Data Sets. "
                    + "Proc. ACM SIGMOD 2000, 427-438.",
            false,
            List.of(ParameterDescriptor.integer("k", "Neighbours", 10, 1, 1000,
                    "Which neighbour's distance is the score (the pose itself not counted).")));

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlgorithmOutcome run(ElkiPoints points, AlgorithmParameters parameters, long seed,
            List<String> messages) {
        int k = Clamp.atMost(parameters.intValue("k"), points.size() - 1, "kNN k",
                "there are only " + points.size() + " poses", messages);
        // ELKI counts the query point as its own first neighbour.
        OutlierResult result = new KNNOutlier<NumberVector>(EuclideanDistance.STATIC, k + 1).run(points.relation());
        return new AlgorithmOutcome(points.scores(result.getScores(), 0), new int[points.size()]);
    }
}
