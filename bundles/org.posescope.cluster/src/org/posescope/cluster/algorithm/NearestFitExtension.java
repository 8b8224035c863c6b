package org.posescope.cluster.algorithm;

import java.util.stream.IntStream;

import elki.data.DoubleVector;
import elki.data.NumberVector;
import elki.database.ids.DBIDIter;
import elki.database.ids.DBIDRef;
import elki.database.ids.DoubleDBIDListIter;
import elki.database.ids.KNNList;
import elki.database.query.QueryBuilder;
import elki.database.query.knn.KNNSearcher;
import elki.distance.minkowski.EuclideanDistance;

// TODO [2026-12]: the isolation forest's own trees would score outside points exactly, but ELKI keeps them private;
// the nearest-fit rule stands in for them as for the density methods.
/**
 * Carries an algorithm fitted on a sample of the points over to the points outside the sample, in time linear in
 * their number: each outside point takes the cluster of its nearest fitted point (an index-backed 1-NN query in
 * ELKI's k-d tree) and that point's score, raised by the ratio of its distance to the nearest fitted point over
 * that fitted point's own distance to its nearest fitted neighbour, when that ratio exceeds 1. A point lying
 * among the sample like the sample's own points inherits their score; one lying away from all of them scores
 * higher the farther it lies.
 */
public final class NearestFitExtension {

    private final ElkiPoints fitted;
    private final PoseAlgorithm.AlgorithmOutcome outcome;
    private final double[] nearestFittedDistance;
    private final double floor;

    public NearestFitExtension(ElkiPoints fitted, PoseAlgorithm.AlgorithmOutcome outcome) {
        this.fitted = fitted;
        this.outcome = outcome;
        this.nearestFittedDistance = new double[fitted.size()];

        KNNSearcher<DBIDRef> searcher = new QueryBuilder<>(fitted.relation(), EuclideanDistance.STATIC)
                .kNNByDBID(2);
        double sum = 0;
        for (DBIDIter it = fitted.relation().iterDBIDs(); it.valid(); it.advance()) {
            double distance = searcher.getKNN(it, 2).getKNNDistance();
            nearestFittedDistance[fitted.offset(it)] = distance;
            sum += distance;
        }
        // Duplicated points have no spacing of their own; the average spacing stands in.
        this.floor = Math.max(sum / fitted.size(), 1e-12);
    }

    /**
     * @param points the outside points' coordinates, {@code dimension} values each, one after the other
     * @param dimension the number of coordinates per point
     * @param scores receives the extended score of every outside point
     * @param clusters receives the cluster of every outside point
     */
    public void extend(double[] points, int dimension, double[] scores, int[] clusters) {
        ThreadLocal<KNNSearcher<NumberVector>> searchers = ThreadLocal.withInitial(
                () -> new QueryBuilder<>(fitted.relation(), EuclideanDistance.STATIC).kNNByObject(1));
        IntStream.range(0, scores.length).parallel().forEach(i -> {
            double[] point = new double[dimension];
            System.arraycopy(points, i * dimension, point, 0, dimension);
            KNNList nearest = searchers.get().getKNN(DoubleVector.wrap(point), 1);
            DoubleDBIDListIter first = nearest.iter();
            int offset = fitted.offset(first);
            double spacing = Math.max(nearestFittedDistance[offset], floor);
            double ratio = first.doubleValue() / spacing;
            double score = outcome.scores()[offset];
            scores[i] = ratio > 1 ? score * ratio : score;
            clusters[i] = outcome.clusters()[offset];
        });
    }
}
