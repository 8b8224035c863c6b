package org.posescope.cluster;

import java.util.List;
import java.util.stream.IntStream;

import it.unimi.dsi.fastutil.doubles.DoubleArrays;

import org.posescope.cluster.Explanation.Verdict;
import org.posescope.cluster.algorithm.AlgorithmDescriptor;
import org.posescope.cluster.algorithm.AlgorithmParameters;

/**
 * The outcome of a scan: per sample a score, cluster, rank, suspects, reason and display coordinates, plus the
 * algorithm and settings used and sentences about what the scan had to adjust. Immutable; per-sample values are
 * held in arrays (a scan may cover a million samples) and handed out as {@link SampleResult} records.
 */
public final class ScanResult {

    private final PoseSet poses;
    private final ScanSettings settings;
    private final MirrorPairs mirrorPairs;
    private final List<String> messages;
    private final double[] scores;
    private final double[] algorithmScores;
    private final int[] clusters;
    private final double[] coordinates;
    private final Explanation[] explanations;
    private final int[] sampleAtRank;
    private final int[] rankOfSample;

    /**
     * Takes ownership of the arrays.
     *
     * @param coordinates display coordinates, x and y per sample
     */
    ScanResult(PoseSet poses, ScanSettings settings, MirrorPairs mirrorPairs, List<String> messages,
            double[] scores, double[] algorithmScores, int[] clusters, double[] coordinates,
            Explanation[] explanations) {
        this.poses = poses;
        this.settings = settings;
        this.mirrorPairs = mirrorPairs;
        this.messages = List.copyOf(messages);
        this.scores = scores;
        this.algorithmScores = algorithmScores;
        this.clusters = clusters;
        this.coordinates = coordinates;
        this.explanations = explanations;

        // Samples that could not be compared go last whatever their score; ties keep sample order (a stable sort).
        // A radix sort of one primitive key: a comparator that follows each explanation misses the cache each time.
        double[] order = new double[scores.length];
        for (int s = 0; s < order.length; s++) {
            order[s] = explanations[s].verdict() == Verdict.TOO_FEW_KEYPOINTS ? Double.POSITIVE_INFINITY : -scores[s];
        }
        this.sampleAtRank = IntStream.range(0, scores.length).toArray();
        DoubleArrays.parallelRadixSortIndirect(sampleAtRank, order, true);
        this.rankOfSample = new int[scores.length];
        for (int rank = 0; rank < sampleAtRank.length; rank++) {
            rankOfSample[sampleAtRank[rank]] = rank + 1;
        }
    }

    public int size() {
        return scores.length;
    }

    public PoseSet poses() {
        return poses;
    }

    public ScanSettings settings() {
        return settings;
    }

    public AlgorithmDescriptor algorithm() {
        return settings.algorithm().descriptor();
    }

    /** The parameter values as requested; clamped values are reported in {@link #messages()}. */
    public AlgorithmParameters parameters() {
        return settings.algorithm();
    }

    /** The mirror pairs used (detected or given). */
    public MirrorPairs mirrorPairs() {
        return mirrorPairs;
    }

    /** Sentences about the scan: too few poses, clamped parameters, skipped bodyparts, sampling. */
    public List<String> messages() {
        return messages;
    }

    public SampleResult sample(int index) {
        Explanation explanation = explanations[index];
        return new SampleResult(index, poses.sampleId(index), scores[index], rankOfSample[index], clusters[index],
                isFlagged(explanation), explanation.suspects(), explanation.reason(), explanation.verdict(),
                explanation.deviation(), algorithmScores[index], coordinates[2 * index], coordinates[2 * index + 1]);
    }

    /** The sample at a rank, 1 being the most suspect. */
    public SampleResult atRank(int rank) {
        return sample(sampleAtRank[rank - 1]);
    }

    /** The first {@code count} samples by rank. */
    public List<SampleResult> top(int count) {
        return IntStream.rangeClosed(1, Math.min(count, size())).mapToObj(this::atRank).toList();
    }

    /** All flagged samples, by rank. */
    public List<SampleResult> flagged() {
        return IntStream.rangeClosed(1, size()).filter(rank -> isFlagged(explanations[sampleAtRank[rank - 1]]))
                .mapToObj(this::atRank).toList();
    }

    /** How many samples are flagged, without building a result for each (a million-frame scan has a million). */
    public int flaggedCount() {
        int count = 0;
        for (Explanation explanation : explanations) {
            count += isFlagged(explanation) ? 1 : 0;
        }
        return count;
    }

    private static boolean isFlagged(Explanation explanation) {
        Verdict verdict = explanation.verdict();
        return verdict != Verdict.NONE && verdict != Verdict.TOO_FEW_KEYPOINTS;
    }
}
