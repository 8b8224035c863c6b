package org.posescope.cluster.algorithm;

import java.util.List;

import elki.data.NumberVector;
import elki.distance.minkowski.EuclideanDistance;
import elki.outlier.lof.LoOP;
import elki.result.outlier.OutlierResult;

/** ELKI's Local Outlier Probabilities. */
final class LoopAlgorithm implements PoseAlgorithm {

    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("loop", "Local Outlier Probabilities",
            "Like LOF, compares each pose's neighbourhood density with that of its neighbours, but turns the "
                    + "comparison into a probability between 0 and 1 that the pose is an outlier, which is easier "
                    + "to read than a ratio and less sensitive to the choice of k.",
            "H.-P. Kriegel, P. Kroeger, E. Schubert, A. Zimek: LoOP: Local Outlier Probabilities. "
                    + "Proc. ACM CIKM 2009, 1649-1652.",
            false,
            List.of(ParameterDescriptor.integer("k", "Neighbours", 20, 2, 1000,
                    "How many nearest neighbours define a pose's neighbourhood."),
                    ParameterDescriptor.real("lambda", "Lambda", 3, 1, 10,
                            "How many standard deviations count as far; larger gives lower probabilities.")));

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlgorithmOutcome run(ElkiPoints points, AlgorithmParameters parameters, long seed,
            List<String> messages) {
        int k = Clamp.atMost(parameters.intValue("k"), points.size() - 1, "LoOP k",
                "there are only " + points.size() + " poses", messages);
        OutlierResult result = new LoOP<NumberVector>(k, k, EuclideanDistance.STATIC, EuclideanDistance.STATIC,
                parameters.doubleValue("lambda")).run(points.relation());
        return new AlgorithmOutcome(points.scores(result.getScores(), 0), new int[points.size()]);
    }
}
