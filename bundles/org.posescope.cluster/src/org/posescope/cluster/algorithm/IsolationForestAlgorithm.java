package org.posescope.cluster.algorithm;

import java.util.List;

import elki.outlier.density.IsolationForest;
import elki.result.outlier.OutlierResult;
import elki.utilities.random.RandomFactory;

/** ELKI's isolation forest. */
final class IsolationForestAlgorithm implements PoseAlgorithm {

    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("iforest", "Isolation forest",
            "Builds random trees that split feature space at random values until every pose stands alone; poses "
                    + "that are isolated after few splits are unusual. The score lies between 0 and 1, about 0.5 "
                    + "for ordinary poses and towards 1 for outliers. Linear in the number of poses.",
            "F. T. Liu, K. M. Ting, Z.-H. Zhou: Isolation Forest. Proc. IEEE ICDM 2008, 413-422.",
            false,
            List.of(ParameterDescriptor.integer("trees", "Trees", 100, 1, 1000, "How many random trees to grow."),
                    ParameterDescriptor.integer("subsample", "Subsample size", 256, 2, 100000,
                            "How many poses each tree is grown on.")));

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlgorithmOutcome run(ElkiPoints points, AlgorithmParameters parameters, long seed,
            List<String> messages) {
        int subsample = Clamp.atMost(parameters.intValue("subsample"), points.size(), "Isolation forest subsample",
                "there are only " + points.size() + " poses", messages);
        OutlierResult result = new IsolationForest(parameters.intValue("trees"), subsample, new RandomFactory(seed))
                .run(points.relation());
        return new AlgorithmOutcome(points.scores(result.getScores(), 0.5), new int[points.size()]);
    }
}
