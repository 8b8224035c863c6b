package org.posescope.cluster.algorithm;

import java.util.List;

import elki.data.NumberVector;
import elki.distance.minkowski.EuclideanDistance;
import elki.outlier.lof.LOF;
import elki.result.outlier.OutlierResult;

/** ELKI's Local Outlier Factor. */
final class LofAlgorithm implements PoseAlgorithm {

    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("lof", "Local Outlier Factor",
            "Compares how densely each pose's k nearest neighbours are packed with how densely their own neighbours "
                    + "are. A score near 1 means the pose sits in a region as dense as its surroundings; well above "
                    + "1 means it is isolated from poses that are otherwise alike, as a pose with one wrong "
                    + "keypoint often is.",
            "M. M. Breunig, H.-P. Kriegel, R. T. Ng, J. Sander: LOF: Identifying Density-Based Local Outliers. "
                    + "Proc. ACM SIGMOD 2000, 93-104.",
            false,
            List.of(ParameterDescriptor.integer("k", "Neighbours", 20, 2, 1000,
                    "How many nearest neighbours define a pose's neighbourhood.")));

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlgorithmOutcome run(ElkiPoints points, AlgorithmParameters parameters, long seed,
            List<String> messages) {
        int k = Clamp.atMost(parameters.intValue("k"), points.size() - 1, "LOF k",
                "there are only " + points.size() + " poses", messages);
        OutlierResult result = new LOF<NumberVector>(k, EuclideanDistance.STATIC).run(points.relation());
        return new AlgorithmOutcome(points.scores(result.getScores(), 1), new int[points.size()]);
    }
}
