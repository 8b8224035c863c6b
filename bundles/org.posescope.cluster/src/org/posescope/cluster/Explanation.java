package org.posescope.cluster;

import java.util.List;

/**
 * Why a sample looks wrong: the verdict that explains its deviation best, the keypoints to look at, and a reason
 * a person can read ({@code swap leftear/rightear}, {@code tailbase far from expected}, {@code tailbase looks
 * unlike its other labels}, {@code nose missing}).
 *
 * @param verdict the kind of mistake that explains the deviation best
 * @param suspects keypoint names, most suspect first
 * @param reason one line, empty when nothing stands out
 * @param deviation how far the pose is from what the keypoint model expects, in nats (negative log probability
 *        of the best single fix); 0 for poses the model cannot judge
 */
public record Explanation(Verdict verdict, List<String> suspects, String reason, double deviation) {

    public static final Explanation NOTHING = new Explanation(Verdict.NONE, List.of(), "", 0);

    public Explanation {
        suspects = List.copyOf(suspects);
    }

    /** The kinds of mistake a scan tells apart. */
    public enum Verdict {
        /** Nothing stands out. */
        NONE,
        /** One keypoint sits far from where the rest of the pose puts it. */
        MOVED,
        /** Two keypoints' identities are exchanged (often a left/right pair). */
        SWAP,
        /** Every mirror pair is exchanged: the whole pose is labeled as its mirror image. */
        MIRRORED,
        /** Keypoints that are usually labeled are missing. */
        MISSING,
        /** Fewer than two keypoints are labeled, so the pose cannot be compared with others. */
        TOO_FEW_KEYPOINTS
    }
}
