package org.posescope.cluster.algorithm;

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
                    + "in no cluster are noise (cluster -1). The score is the core distance divided by eps (the "
                    + "distance to the minPts-th nearest pose): above 1 means the pose is not a core pose. Eps "
                    + "is measured in units of the spread along the first principal component.",
            "M. Ester, H.-P. Kriegel, J. Sander, X. Xu: A Density-Based Algorithm for Discovering Clusters in "
                    + "Large Spatial Databases with Noise. Proc. KDD 1996, 226-231.",
            true,
            List.of(ParameterDescriptor.real("eps", "Radius", 0.5, 1e-6, 100,
                    "Neighbourhood radius, in units of the first principal component's standard deviation."),
                    ParameterDescriptor.integer("minPts", "Minimum points", 10, 1, 10000,
                            "How many poses within the radius make a core pose (the pose itself counts).")));

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlgorithmOutcome run(ElkiPoints points, AlgorithmParameters parameters, long seed,
            List<String> messages) {
        double eps = parameters.doubleValue("eps");
        int minPts = Clamp.atMost(parameters.intValue("minPts"), points.size(), "DBSCAN minPts",
                "there are only " + points.size() + " poses", messages);
        Clustering<Model> clustering = new DBSCAN<NumberVector>(EuclideanDistance.STATIC, eps, minPts)
                .run(points.relation());

        KNNSearcher<DBIDRef> neighbours = new QueryBuilder<>(points.relation(), EuclideanDistance.STATIC)
                .kNNByDBID(minPts);
        double[] scores = new double[points.size()];
        for (DBIDIter it = points.relation().iterDBIDs(); it.valid(); it.advance()) {
            scores[points.offset(it)] = neighbours.getKNN(it, minPts).getKNNDistance() / eps;
        }
        return new AlgorithmOutcome(scores, Clusters.numbers(clustering, points));
    }
}
