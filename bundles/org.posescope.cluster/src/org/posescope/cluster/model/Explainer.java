package org.posescope.cluster.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.posescope.cluster.Explanation;
import org.posescope.cluster.Explanation.Verdict;

// TODO [2026-12]: a keypoint with a long lever (a tail tip far from the body's centre) drags the alignment when it
// is moved, so the neighbour the drag shifts most is sometimes named before it; a leave-one-out alignment for the
// few poses that deviate would name it right.
/**
 * Turns a keypoint model's evaluation of one pose into a verdict: which single fix (move one keypoint to where
 * the rest of the pose expects it, swap two keypoints' identities, or swap every mirror pair) lowers the pose's
 * squared Mahalanobis distance most. Moving keypoint {@code j} gains its leave-one-out score; a swap must gain more
 * than the best move to be preferred, since it changes two keypoints where a move changes one.
 *
 * <p>Deviations are in nats (half the squared distance gained). A keypoint counts as a suspect when its own
 * score exceeds {@code ln(keypoints) + ln(100)} nats: where the model fits, about 1% of correct poses are flagged,
 * and a pose of many keypoints is not flagged more often for having many chances to deviate. A missing keypoint
 * that is labeled in most other poses adds that threshold times 0.8 times the log-odds of its being labeled (the
 * rarer a gap, the surer it is a forgotten label): 2.4 thresholds at 95%, 3.7 at 99%, at most 4 thresholds per
 * keypoint and in all. A missing label is a certain defect where a deviation is only a likely one, so a gap where
 * every other pose has the keypoint ranks above all but the largest deviations.
 */
public final class Explainer {

    private static final double SUSPECT_MARGIN = Math.log(100);
    private static final double MAX_LABELED_FRACTION = 0.995;
    private static final double MISSING_WEIGHT = 0.8;
    private static final double MAX_MISSING_FACTOR = 4;
    private static final double MAX_TOTAL_MISSING_FACTOR = 4;
    private static final int MAX_SUSPECTS = 3;
    private static final double SWAP_SEARCH_FRACTION = 0.5;

    private final KeypointModel model;
    private final List<String> keypoints;
    private final int[][] mirrorPairs;
    private final double[] missingNats;
    private final double suspectThreshold;

    /**
     * @param labeledFraction per keypoint, the fraction of comparable samples in which it is labeled
     */
    public Explainer(KeypointModel model, List<String> keypoints, List<int[]> mirrorPairs, double[] labeledFraction) {
        this.model = model;
        this.keypoints = keypoints;
        this.mirrorPairs = mirrorPairs.toArray(int[][]::new);
        this.missingNats = new double[keypoints.size()];
        for (int j = 0; j < missingNats.length; j++) {
            double p = Math.min(labeledFraction[j], MAX_LABELED_FRACTION);
            missingNats[j] = Math.max(0, Math.log(p / (1 - p)));
        }
        this.suspectThreshold = Math.log(Math.max(keypoints.size(), 1)) + SUSPECT_MARGIN;
    }

    /** The nats above which a deviation is called out. */
    public double suspectThreshold() {
        return suspectThreshold;
    }

    /** Explains one pose in model coordinates (NaN where missing); the array is overwritten. */
    public Explanation explain(double[] pose) {
        return explain(pose, null);
    }

    /**
     * Explains one pose with what its frame image shows: a keypoint that sits where the rest of the pose puts it
     * but on content unlike its other labels' is suspect too, and one outside the image is certainly wrong.
     *
     * @param pose model coordinates, NaN where missing; overwritten
     * @param looks what the frame's image says of the keypoints, or null when the frame has no image
     */
    public Explanation explain(double[] pose, FrameLooks looks) {
        KeypointModel.Evaluation evaluation = model.evaluate(pose);
        double[] scores = evaluation.keypointScores();
        int worst = argmax(scores);
        double[] moveNats = moveNats(evaluation, looks == null ? null : looks.unlikeNats());

        Verdict verdict = Verdict.MOVED;
        double bestGain = scores[worst];
        int[] swapped = null;
        // A swap that matters leaves both keypoints far from their expectations; most poses need no search.
        if (bestGain / 2 > SWAP_SEARCH_FRACTION * suspectThreshold) {
            for (int[] pair : mirrorPairs) {
                double gain = swapGain(evaluation, pair[0], pair[1]);
                if (gain > bestGain) {
                    bestGain = gain;
                    swapped = pair;
                    verdict = Verdict.SWAP;
                }
            }
            for (int other = 0; other < scores.length; other++) {
                double gain = other == worst ? Double.NEGATIVE_INFINITY : swapGain(evaluation, worst, other);
                if (gain > bestGain) {
                    bestGain = gain;
                    swapped = asMirrorPair(worst, other);
                    verdict = Verdict.SWAP;
                }
            }
        }
        if (mirrorPairs.length >= 2 && bestGain / 2 > suspectThreshold && allPairsLabeled(evaluation)) {
            double gain = model.multiSwapGain(evaluation, mirrorPairs);
            if (gain > bestGain) {
                bestGain = gain;
                verdict = Verdict.MIRRORED;
            }
        }
        // Which fix explains the pose is decided by positions alone, as a swap changes positions only (two ears
        // look alike, so the image cannot tell a swap from a move); how far the pose is from right counts what
        // the image shows too.
        double mostUnlike = moveNats[argmax(moveNats)];
        if (verdict != Verdict.MOVED && bestGain / 2 <= suspectThreshold && mostUnlike > bestGain / 2) {
            // A swap too small to call out gives way to the keypoint the image points at.
            verdict = Verdict.MOVED;
        }
        double deviation = verdict == Verdict.MOVED ? mostUnlike : Math.max(bestGain / 2, mostUnlike);
        return describe(evaluation, verdict, deviation, swapped, moveNats, looks);
    }

    /**
     * Per keypoint, the nats of moving it: half its leave-one-out score (the negative log of the chance of so large
     * a residual) combined, where the image was judged, with its unlikeness by Fisher's rule for two such logs
     * ({@code s - ln(1 + s)} for their sum {@code s}), so that two modest signs add up to a strong one while one
     * strong sign stays strong.
     */
    private static double[] moveNats(KeypointModel.Evaluation evaluation, double[] appearanceNats) {
        double[] scores = evaluation.keypointScores();
        double[] nats = new double[scores.length];
        for (int j = 0; j < scores.length; j++) {
            double position = scores[j] / 2;
            double image = appearanceNats == null || evaluation.missing()[j] ? Double.NaN : appearanceNats[j];
            if (Double.isNaN(image)) {
                nats[j] = position;
            } else {
                double sum = position + image;
                nats[j] = sum - Math.log1p(sum);
            }
        }
        return nats;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }

    /** The two keypoints in their mirror pair's order when they form one (so a swap reads "left/right"). */
    private int[] asMirrorPair(int a, int b) {
        for (int[] pair : mirrorPairs) {
            if (pair[0] == b && pair[1] == a) {
                return pair;
            }
        }
        return new int[] {a, b};
    }

    private double swapGain(KeypointModel.Evaluation evaluation, int a, int b) {
        boolean labeled = !evaluation.missing()[a] && !evaluation.missing()[b];
        return labeled ? model.swapGain(evaluation, a, b) : Double.NEGATIVE_INFINITY;
    }

    private boolean allPairsLabeled(KeypointModel.Evaluation evaluation) {
        for (int[] pair : mirrorPairs) {
            if (evaluation.missing()[pair[0]] || evaluation.missing()[pair[1]]) {
                return false;
            }
        }
        return true;
    }

    private Explanation describe(KeypointModel.Evaluation evaluation, Verdict verdict, double deviation,
            int[] swapped, double[] moveNats, FrameLooks looks) {
        boolean anyMissing = false;
        for (boolean missing : evaluation.missing()) {
            anyMissing |= missing;
        }
        boolean[] outside = looks == null ? new boolean[moveNats.length] : looks.outsideImage();
        boolean anyOutside = false;
        for (boolean off : outside) {
            anyOutside |= off;
        }
        if (deviation <= suspectThreshold && !anyMissing && !anyOutside) {
            return new Explanation(Verdict.NONE, List.of(), "", Math.max(0, deviation));
        }

        List<String> suspects = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        // A label off the image is certain to be wrong, so it is named first and weighs as a forgotten one does.
        double outsideTotal = 0;
        for (int j = 0; j < outside.length; j++) {
            if (outside[j]) {
                outsideTotal += MAX_MISSING_FACTOR * suspectThreshold;
                reasons.add(keypoints.get(j) + " outside the image");
                if (suspects.size() < MAX_SUSPECTS) {
                    suspects.add(keypoints.get(j));
                }
            }
        }
        boolean deviates = deviation > suspectThreshold;
        Verdict finalVerdict = deviates ? verdict : anyOutside ? Verdict.MOVED : Verdict.NONE;

        if (deviates && verdict == Verdict.SWAP) {
            suspects.add(keypoints.get(swapped[0]));
            suspects.add(keypoints.get(swapped[1]));
            reasons.add("swap " + keypoints.get(swapped[0]) + "/" + keypoints.get(swapped[1]));
        } else if (deviates && verdict == Verdict.MIRRORED) {
            reasons.add("left/right flipped (every mirror pair swapped)");
        }
        double[] scores = evaluation.keypointScores();
        List<Integer> deviating = IntStream.range(0, moveNats.length).filter(j -> moveNats[j] > suspectThreshold)
                .boxed().sorted(Comparator.comparingDouble(j -> -moveNats[j])).toList();
        for (int j : deviating) {
            if (suspects.size() < MAX_SUSPECTS && !suspects.contains(keypoints.get(j))) {
                // Moving the worst keypoint also shifts the others' residuals, so only the worst is named.
                if (finalVerdict == Verdict.MOVED && suspects.isEmpty()) {
                    boolean byImage = looks != null && looks.unlikeNats()[j] > scores[j] / 2;
                    reasons.add(keypoints.get(j) + (byImage ? " looks unlike its other labels"
                            : " far from expected"));
                }
                suspects.add(keypoints.get(j));
            }
        }

        double missingTotal = 0;
        for (int j = 0; j < scores.length; j++) {
            if (evaluation.missing()[j] && missingNats[j] > 1) {
                // A missing label is certain where a deviation is only likely: the rarer the gap among the
                // poses, the more it weighs (four thresholds where nearly every other pose has the keypoint).
                missingTotal += suspectThreshold * Math.min(MAX_MISSING_FACTOR, MISSING_WEIGHT * missingNats[j]);
                reasons.add(keypoints.get(j) + " missing");
                if (suspects.size() < MAX_SUSPECTS) {
                    suspects.add(keypoints.get(j));
                }
            }
        }
        if (finalVerdict == Verdict.NONE && missingTotal > 0) {
            finalVerdict = Verdict.MISSING;
        }
        double score = Math.max(0, deviation) + Math.min(missingTotal + outsideTotal,
                MAX_TOTAL_MISSING_FACTOR * suspectThreshold);
        return new Explanation(finalVerdict, suspects, String.join("; ", reasons), score);
    }
}
