package org.posescope.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.posescope.cluster.model.PoseFeatures;
import org.posescope.cluster.model.Projection;

/**
 * The comparable poses' features, projected on the leading principal components that the ELKI algorithm sees and
 * the cluster view draws. Features are computed one pose at a time and projected at once, so the full feature
 * matrix (231 distances per pose for 22 keypoints) never exists for more than the fit sample.
 */
final class ProjectedFeatures {

    private final double[] coordinates;
    private final int components;
    private final int[] fitPositions;
    private final int[] restPositions;

    private ProjectedFeatures(double[] coordinates, int components, int[] fitPositions, int[] restPositions) {
        this.coordinates = coordinates;
        this.components = components;
        this.fitPositions = fitPositions;
        this.restPositions = restPositions;
    }

    static ProjectedFeatures compute(PoseSet poses, ModelCoordinates model, MirrorPairs pairs,
            ScanSettings settings, int[] comparable, int[] fitSample, List<String> messages, ScanProgress progress) {
        List<int[]> pairIndices = pairs.indicesIn(poses.keypoints());
        FeatureKind kind = settings.features();
        if (!model.raw() && kind == FeatureKind.MIRROR && pairIndices.isEmpty()) {
            messages.add("No mirror pairs were found among the keypoint names, so aligned poses are used instead"
                    + " of mirror signs.");
            kind = FeatureKind.ALIGNED;
        }
        PoseFeatures features = new PoseFeatures(kind, model.mean(), pairIndices, model.raw());
        if (!model.raw() && features.dimension() == 0) {
            kind = FeatureKind.ALIGNED;
            features = new PoseFeatures(kind, model.mean(), pairIndices, false);
        }
        PoseFeatures chosen = features;

        int[] fitPositions = positionsOf(fitSample, comparable);
        double[][] fitFeatures = new double[fitPositions.length][];
        for (int f = 0; f < fitPositions.length; f++) {
            fitFeatures[f] = featuresOf(chosen, model, comparable[fitPositions[f]]);
        }
        Projection projection = Projection.fit(fitFeatures, settings.components());
        int m = projection.components();

        double[] coordinates = new double[comparable.length * m];
        Chunks.forEach(comparable.length, i -> {
            double[] projected = new double[m];
            projection.project(featuresOf(chosen, model, comparable[i]), projected);
            System.arraycopy(projected, 0, coordinates, i * m, m);
        }, progress, "projecting features", 0.55, 0.75);

        boolean[] isFit = new boolean[comparable.length];
        for (int position : fitPositions) {
            isFit[position] = true;
        }
        int[] rest = IntStream.range(0, comparable.length).filter(i -> !isFit[i]).toArray();
        return new ProjectedFeatures(coordinates, m, fitPositions, rest);
    }

    int components() {
        return components;
    }

    /** The projected coordinate {@code c} of the {@code i}-th comparable pose. */
    double coordinate(int i, int c) {
        return coordinates[i * components + c];
    }

    /** Positions (among the comparable poses) of the fit sample. */
    int[] fitPositions() {
        return fitPositions;
    }

    int[] restPositions() {
        return restPositions;
    }

    double[][] fitRows() {
        double[][] rows = new double[fitPositions.length][];
        for (int f = 0; f < fitPositions.length; f++) {
            rows[f] = Arrays.copyOfRange(coordinates, fitPositions[f] * components,
                    (fitPositions[f] + 1) * components);
        }
        return rows;
    }

    /** The coordinates of the given positions, one after the other. */
    double[] rows(int[] positions) {
        double[] rows = new double[positions.length * components];
        for (int r = 0; r < positions.length; r++) {
            System.arraycopy(coordinates, positions[r] * components, rows, r * components, components);
        }
        return rows;
    }

    private static double[] featuresOf(PoseFeatures features, ModelCoordinates model, int sample) {
        double[] out = new double[features.dimension()];
        features.compute(model.pose(sample), model.scale(sample), out);
        return out;
    }

    /** Where each element of {@code subset} (sorted) sits in {@code all} (sorted). */
    private static int[] positionsOf(int[] subset, int[] all) {
        int[] positions = new int[subset.length];
        int p = 0;
        for (int i = 0; i < subset.length; i++) {
            while (all[p] != subset[i]) {
                p++;
            }
            positions[i] = p;
        }
        return positions;
    }
}
