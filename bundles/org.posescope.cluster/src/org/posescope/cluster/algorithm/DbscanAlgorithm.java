package org.posescope.cluster.algorithm;

import java.util.Arrays;
import java.util.List;

import elki.clustering.dbscan.DBSCAN;
import elki.data.Clustering;
import elki.data.NumberVector;
import elki.data.model.Model;
import elki.database.ids.DBIDIter;
import elki.database.ids.DBIDRef;
import elki.database.query.QueryBuilder;
import elki.database.query.knn.KNNSearcher;
import elki.distance.minkowski.EuclideanDistance;

/** ELKI's DBSCAN, with the core distance as a graded score. */
final class DbscanAlgorithm implements PoseAlgorithm {

    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("dbscan", "DBSCAN",
            "Groups poses that lie in dense regions: a pose with at least minPts poses (itself included) within "
                    + "radius eps is a core pose, and core poses within eps of each other share a cluster. Poses "
                    + "in no cluster are noise (cluster -1). The score is the core distance (the distance to the "
                    + "minPts-th nearest pose) divided by eps: above 1 means the pose is not a core pose. Eps is "
                    + "given in multiples of the median core distance, so one default suits a hundred poses and a "
                    + "million alike.",
            "M. Ester, H.-P. Kriegel, J. Sander, X. Xu: A Density-Based Algorithm for Discovering Clusters in "
                    + "Large Spatial Databases with Noise. Proc. KDD 1996, 226-231.",
            true,
            List.of(ParameterDescriptor.real("eps", "Radius", 2, 1e-6, 100,
                    "Neighbourhood radius, in multiples of the median distance to a pose's minPts-th nearest pose."),
                    ParameterDescriptor.integer("minPts", "Minimum points", 10, 1, 10000,
                            "How many poses within the radius make a core pose (the pose itself counts).")));

    /** The median core distance; where duplicates make it zero, the mean of the positive ones, or a tiny unit. */
    private static double typicalCoreDistance(double[] coreDistances) {
        double[] sorted = coreDistances.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        if (median > 0) {
            return median;
        }
        double positive = Arrays.stream(sorted).filter(d -> d > 0).average().orElse(0);
        return positive > 0 ? positive : Double.MIN_NORMAL;
    }

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlgorithmOutcome run(ElkiPoints points, AlgorithmParameters parameters, long seed,
            List<String> messages) {
        int minPts = Clamp.atMost(parameters.intValue("minPts"), points.size(), "DBSCAN minPts",
                "there are only " + points.size() + " poses", messages);
        KNNSearcher<DBIDRef> neighbours = new QueryBuilder<>(points.relation(), EuclideanDistance.STATIC)
                .kNNByDBID(minPts);
        double[] coreDistances = new double[points.size()];
        for (DBIDIter it = points.relation().iterDBIDs(); it.valid(); it.advance()) {
            coreDistances[points.offset(it)] = neighbours.getKNN(it, minPts).getKNNDistance();
        }
        double eps = parameters.doubleValue("eps") * typicalCoreDistance(coreDistances);

        Clustering<Model> clustering = new DBSCAN<NumberVector>(EuclideanDistance.STATIC, eps, minPts)
                .run(points.relation());
        double[] scores = new double[points.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = coreDistances[i] / eps;
        }
        return new AlgorithmOutcome(scores, Clusters.numbers(clustering, points));
    }
}
