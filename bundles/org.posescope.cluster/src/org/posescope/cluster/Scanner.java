package org.posescope.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import elki.utilities.datastructures.QuickSelect;

import org.posescope.cluster.algorithm.Algorithms;
import org.posescope.cluster.algorithm.ElkiPoints;
import org.posescope.cluster.algorithm.PoseAlgorithm;
import org.posescope.cluster.model.AppearanceModel;
import org.posescope.cluster.model.Explainer;
import org.posescope.cluster.model.FrameLooks;
import org.posescope.cluster.model.KeypointModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans a pose set for labeling mistakes.
 *
 * <p>Three signals are combined. The keypoint model (aligned poses, a robust Gaussian, leave-one-out residuals and
 * swap tests; see {@link KeypointModel}) says which keypoint of a pose is off and whether a swap explains it; it
 * is linear in the number of poses. Where the rows name frame images, the appearance model ({@link
 * AppearanceModel}) says which keypoint sits on content unlike its other labels', which finds a keypoint moved
 * within the range its position varies over (a tail base along a bending back). The ELKI algorithm sees the
 * poses' features projected on a few principal components and says which poses are unusual as wholes. The score of
 * a pose is the model's deviation in nats plus {@link ScanSettings#algorithmWeight()} times the algorithm's robust
 * z-score (median and MAD, counted from 0 up, capped at 10).
 *
 * <p>Scaling: at most {@link ScanSettings#fitLimit()} poses (a seeded random sample) fit the mean pose, the
 * keypoint model and the projection and run through ELKI with a k-d tree index; every other pose is scored by the
 * fitted models in linear time, and by the algorithm's {@link PoseAlgorithm#extend extension} (nearest mean
 * for k-means, a 1-NN query in the k-d tree for the others). Per-pose steps run on all cores.
 */
public final class Scanner {

    private static final Logger LOG = LoggerFactory.getLogger(Scanner.class);
    private static final double MAX_ALGORITHM_Z = 10;
    /** Robust z-scores of the algorithm above which a pose is said to be unusual as a whole. */
    private static final double UNUSUAL_ALGORITHM_Z = 3;

    private Scanner() {
    }

    public static ScanResult scan(PoseSet poses, ScanSettings settings) {
        return scan(poses, settings, ScanProgress.NONE);
    }

    /**
     * @throws ScanCanceledException when {@code progress} says so
     */
    public static ScanResult scan(PoseSet poses, ScanSettings settings, ScanProgress progress) {
        return scan(poses, settings, progress, FrameImageSource.NONE);
    }

    /**
     * Scans with the frame images too: what lies under each keypoint is compared with what lies under it in the
     * other frames (see {@link AppearanceModel}).
     *
     * @param images the image of each label-table row the poses come from
     * @throws ScanCanceledException when {@code progress} says so
     */
    public static ScanResult scan(PoseSet poses, ScanSettings settings, ScanProgress progress,
            FrameImageSource images) {
        long started = System.nanoTime();
        List<String> messages = new ArrayList<>(poses.notes());
        int n = poses.size();
        int k = poses.keypointCount();
        MirrorPairs pairs = settings.mirrorPairs() != null ? settings.mirrorPairs()
                : MirrorPairs.detect(poses.keypoints());
        progress.worked("checking poses", 0);

        int needed = Math.min(settings.minLabeledKeypoints(), Math.max(k, 1));
        int[] comparable = IntStream.range(0, n).filter(s -> k > 0 && poses.labeledCount(s) >= needed).toArray();
        Explanation[] explanations = new Explanation[n];
        for (int s = 0; s < n; s++) {
            explanations[s] = Explanation.NOTHING;
        }
        reportIncomplete(poses, comparable, needed, explanations, messages);

        double[] scores = new double[n];
        double[] algorithmScores = new double[n];
        int[] clusters = new int[n];
        double[] display = new double[2 * n];
        if (n == 0 || k == 0) {
            messages.add(n == 0 ? "There are no poses to scan." : "The labels name no keypoints, so there is nothing"
                    + " to scan.");
            return new ScanResult(poses, settings, pairs, messages, scores, algorithmScores, clusters, display,
                    explanations);
        }
        if (comparable.length < 2) {
            messages.add("Too few labeled poses (" + comparable.length + ") to cluster: at least 2 are needed, so no"
                    + " algorithm ran" + (settings.algorithm().descriptor().id().equals("kmeans")
                            ? " and k is clamped to " + comparable.length : "") + ".");
            return new ScanResult(poses, settings, pairs, messages, scores, algorithmScores, clusters, display,
                    explanations);
        }

        boolean raw = k == 1;
        int[] fitSample = fitSample(comparable, settings.fitLimit(), settings.seed());
        if (fitSample.length < comparable.length) {
            messages.add("Models were fitted on a random sample of " + fitSample.length + " of " + comparable.length
                    + " poses; the others were scored by the fitted models.");
        }

        ModelCoordinates model = ModelCoordinates.compute(poses, fitSample, raw, progress);
        if (raw) {
            messages.add("There is only one keypoint, so poses are compared by its raw (x, y) position.");
        }
        ImageEvidence appearance = appearance(poses, comparable, model, images, messages, progress);
        explain(poses, pairs, comparable, model, appearance, explanations, progress);

        ProjectedFeatures projected = ProjectedFeatures.compute(poses, model, pairs, settings, comparable,
                fitSample, messages, progress);
        PoseAlgorithm algorithm = Algorithms.byId(settings.algorithm().descriptor().id()).orElseThrow();
        runAlgorithm(algorithm, projected, comparable, settings, algorithmScores, clusters, messages, progress);

        combine(comparable, explanations, algorithmScores, settings.algorithmWeight(),
                algorithm.descriptor().displayName(), scores);
        for (int i = 0; i < comparable.length; i++) {
            display[2 * comparable[i]] = projected.coordinate(i, 0);
            display[2 * comparable[i] + 1] = projected.components() > 1 ? projected.coordinate(i, 1) : 0;
        }
        progress.worked("ranking", 1);
        LOG.info("Scanned {} poses of {} keypoints with {} in {} ms", n, k, settings.algorithm().descriptor().id(),
                (System.nanoTime() - started) / 1_000_000);
        return new ScanResult(poses, settings, pairs, messages, scores, algorithmScores, clusters, display,
                explanations);
    }

    private static void reportIncomplete(PoseSet poses, int[] comparable, int needed, Explanation[] explanations,
            List<String> messages) {
        int incomplete = poses.size() - comparable.length;
        if (incomplete == 0) {
            return;
        }
        int unlabeled = 0;
        boolean[] isComparable = new boolean[poses.size()];
        for (int s : comparable) {
            isComparable[s] = true;
        }
        for (int s = 0; s < poses.size(); s++) {
            if (!isComparable[s]) {
                int labeled = poses.labeledCount(s);
                unlabeled += labeled == 0 ? 1 : 0;
                String reason = labeled == 0 ? "not labeled" : "too few labeled keypoints (" + labeled + ")";
                explanations[s] = new Explanation(Explanation.Verdict.TOO_FEW_KEYPOINTS, List.of(), reason, 0);
            }
        }
        messages.add(incomplete + " of " + poses.size() + " poses have fewer than " + needed + " labeled keypoints ("
                + unlabeled + " none at all) and are listed last, not compared with the others.");
    }

    private static int[] fitSample(int[] comparable, int limit, long seed) {
        if (comparable.length <= limit) {
            return comparable;
        }
        int[] shuffled = comparable.clone();
        Random random = new Random(seed);
        for (int i = 0; i < limit; i++) {
            int j = i + random.nextInt(shuffled.length - i);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        int[] sample = Arrays.copyOf(shuffled, limit);
        Arrays.sort(sample);
        return sample;
    }

    /**
     * Per sample and keypoint ({@code sample * keypoints + keypoint}), how unlike its other labels the image under
     * it is (null where too few images could be read to judge it) and whether it lies off the image.
     */
    private record ImageEvidence(double[] unlikeNats, boolean[] outsideImage) {

        FrameLooks of(int sample, int keypoints) {
            double[] unlike = new double[keypoints];
            if (unlikeNats == null) {
                Arrays.fill(unlike, Double.NaN);
            } else {
                System.arraycopy(unlikeNats, sample * keypoints, unlike, 0, keypoints);
            }
            return new FrameLooks(unlike, Arrays.copyOfRange(outsideImage, sample * keypoints,
                    (sample + 1) * keypoints));
        }
    }

    /** What the frame images say of every keypoint; null without images. */
    private static ImageEvidence appearance(PoseSet poses, int[] comparable, ModelCoordinates model,
            FrameImageSource images, List<String> messages, ScanProgress progress) {
        Optional<KeypointPatches> patches = KeypointPatches.sample(poses, comparable, model, images, progress,
                "looking at the frame images", 0.25, 0.45);
        if (patches.isEmpty()) {
            return null;
        }
        int read = patches.get().framesRead();
        int without = patches.get().framesWithout();
        if (read == 0) {
            messages.add("None of the " + without + " frame images the labels name could be read (they are missing"
                    + " or are not images), so only the keypoints' positions were compared.");
            return null;
        }
        double[] nats = AppearanceModel.nats(patches.get().patches(), poses.keypointCount(),
                patches.get().groupOfSample());
        boolean judged = Arrays.stream(nats).anyMatch(value -> !Double.isNaN(value));
        // Said only when images are missing: a note on every file of a batch would bury the notes that need reading,
        // and a set of a few frames is expected to be judged by positions alone.
        if (without > 0) {
            String missing = without + " of " + (read + without) + " frames have no image that could be read";
            messages.add(judged ? missing + ", so only their keypoints' positions were compared."
                    : missing + "; the other " + read + " are too few to compare what lies under each keypoint ("
                            + AppearanceModel.MIN_PATCHES + " are needed), so only positions were compared.");
        }
        return new ImageEvidence(judged ? nats : null, patches.get().outside());
    }

    private static void explain(PoseSet poses, MirrorPairs pairs, int[] comparable, ModelCoordinates model,
            ImageEvidence appearance, Explanation[] explanations, ScanProgress progress) {
        int k = poses.keypointCount();
        double[] labeledFraction = new double[k];
        for (int s : comparable) {
            for (int j = 0; j < k; j++) {
                labeledFraction[j] += poses.isLabeled(s, j) ? 1.0 / comparable.length : 0;
            }
        }
        KeypointModel keypointModel = KeypointModel.fit(model.values(), 2 * k, model.fitSample(), model.nuisance());
        Explainer explainer = new Explainer(keypointModel, poses.keypoints(),
                model.raw() ? List.of() : pairs.indicesIn(poses.keypoints()), labeledFraction);
        Chunks.forEach(comparable.length, i -> {
            int s = comparable[i];
            explanations[s] = explainer.explain(model.pose(s), appearance == null ? null : appearance.of(s, k));
        }, progress, "explaining poses", 0.45, 0.55);
    }

    private static void runAlgorithm(PoseAlgorithm algorithm, ProjectedFeatures projected, int[] comparable,
            ScanSettings settings, double[] algorithmScores, int[] clusters, List<String> messages,
            ScanProgress progress) {
        progress.worked("running " + algorithm.descriptor().displayName(), 0.75);
        double[][] fitRows = projected.fitRows();
        ElkiPoints points = new ElkiPoints(fitRows);
        if (points.distinctRows(2) < 2) {
            messages.add("All " + comparable.length + " comparable poses are identical in feature space, so "
                    + algorithm.descriptor().displayName() + " did not run; the scores come from the keypoint model"
                    + " alone.");
            return;
        }
        PoseAlgorithm.AlgorithmOutcome outcome = algorithm.run(points, settings.algorithm(), settings.seed(),
                messages);
        if (progress.isCanceled()) {
            throw new ScanCanceledException();
        }

        int[] fitPositions = projected.fitPositions();
        for (int f = 0; f < fitPositions.length; f++) {
            algorithmScores[comparable[fitPositions[f]]] = outcome.scores()[f];
            clusters[comparable[fitPositions[f]]] = outcome.clusters()[f];
        }
        int[] rest = projected.restPositions();
        if (rest.length > 0) {
            progress.worked("scoring the remaining poses", 0.85);
            double[] restScores = new double[rest.length];
            int[] restClusters = new int[rest.length];
            algorithm.extend(points, outcome, projected.rows(rest), projected.components(), restScores,
                    restClusters);
            for (int r = 0; r < rest.length; r++) {
                algorithmScores[comparable[rest[r]]] = restScores[r];
                clusters[comparable[rest[r]]] = restClusters[r];
            }
        }
    }

    /** Adds the algorithm's robust z-score (median, MAD) to the keypoint model's deviation. */
    private static void combine(int[] comparable, Explanation[] explanations, double[] algorithmScores,
            double weight, String algorithmName, double[] scores) {
        double[] values = new double[comparable.length];
        for (int i = 0; i < comparable.length; i++) {
            values[i] = algorithmScores[comparable[i]];
        }
        // Selection, not sorting: a million scores are sorted in a second, selected in a tenth of it.
        double[] work = values.clone();
        double median = QuickSelect.quickSelect(work, work.length / 2);
        for (int i = 0; i < work.length; i++) {
            work[i] = Math.abs(values[i] - median);
        }
        double spread = 1.4826 * QuickSelect.quickSelect(work, work.length / 2);
        for (int i = 0; i < comparable.length; i++) {
            double z = spread > 0 ? (values[i] - median) / spread : 0;
            double part = Math.min(MAX_ALGORITHM_Z, Math.max(0, z));
            Explanation explanation = explanations[comparable[i]];
            scores[comparable[i]] = explanation.deviation() + weight * part;
            // A pose ranked up by the algorithm alone still says why, though no keypoint stands out.
            if (part >= UNUSUAL_ALGORITHM_Z && explanation.reason().isEmpty()) {
                explanations[comparable[i]] = new Explanation(explanation.verdict(), explanation.suspects(),
                        "pose unusual as a whole (" + algorithmName + ")", explanation.deviation());
            }
        }
    }
}
