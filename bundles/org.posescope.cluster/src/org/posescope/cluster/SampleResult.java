package org.posescope.cluster;

import java.util.List;

/**
 * What a scan found for one sample.
 *
 * @param index the sample's index in the pose set
 * @param id where the sample came from
 * @param score the combined suspicion, higher = more suspect, never NaN
 * @param rank 1 for the most suspect sample
 * @param cluster the algorithm's cluster, -1 for noise, 0 for algorithms that do not cluster
 * @param flagged whether the sample deserves a look (a keypoint deviates, is swapped or is missing)
 * @param suspects keypoint names, most suspect first
 * @param reason one line saying why, empty when nothing stands out
 * @param verdict the kind of mistake that explains the sample best
 * @param deviation the keypoint model's part of the score, in nats
 * @param algorithmScore the ELKI algorithm's own score
 * @param x the first display coordinate (first principal component)
 * @param y the second display coordinate
 */
public record SampleResult(int index, SampleId id, double score, int rank, int cluster, boolean flagged,
        List<String> suspects, String reason, Explanation.Verdict verdict, double deviation, double algorithmScore,
        double x, double y) {
}
