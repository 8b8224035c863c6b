package org.posescope.ui.edit;

import java.util.List;
import java.util.Optional;

import org.posescope.cluster.Explanation.Verdict;
import org.posescope.cluster.MirrorPairs;
import org.posescope.cluster.SampleResult;
import org.posescope.labels.project.PreparationException;
import org.posescope.ui.workbench.SampleSelection;

/**
 * Turns a scan's explanation into an edit where the explanation names one: a swap of two keypoints
 * ({@code swap leftear/rightear}) or of every mirror pair (a pose labeled as its mirror image). A keypoint far
 * from expected has no fix to apply; the user drags it.
 */
public final class SuggestedFixes {

    private SuggestedFixes() {
    }

    /** What applying the fix would do, for a menu item or button; empty when the sample has no fix. */
    public static Optional<String> describe(SampleSelection selection) {
        SampleResult sample = selection.sample();
        if (sample.verdict() == Verdict.SWAP && sample.suspects().size() >= 2) {
            return Optional.of("Swap " + sample.suspects().get(0) + " and " + sample.suspects().get(1));
        }
        if (sample.verdict() == Verdict.MIRRORED && !mirrorPairs(selection).isEmpty()) {
            return Optional.of("Swap every left/right pair");
        }
        return Optional.empty();
    }

    /**
     * The edit that applies the sample's suggested fix to its label document (opened if needed); empty when the
     * explanation suggests none.
     */
    public static Optional<KeypointEditOperation> operation(SampleSelection selection, LabelDocuments documents)
            throws PreparationException {
        Optional<String> label = describe(selection);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        SampleResult sample = selection.sample();
        String individual = sample.id().individual();
        KeypointEdits.Frame frame = EditTargets.frame(documents, selection.outcome().project(),
                selection.outcome().file(), sample.id().row());
        if (sample.verdict() == Verdict.SWAP) {
            return Optional.of(KeypointEdits.swapAll("Apply fix: " + label.get(), frame, List.<KeypointEdits
                    .Keypoint[]>of(pair(individual, sample.suspects().get(0), sample.suspects().get(1)))));
        }
        List<KeypointEdits.Keypoint[]> pairs = mirrorPairs(selection).stream()
                .map(pair -> pair(individual, pair.left(), pair.right())).toList();
        return Optional.of(KeypointEdits.swapAll("Apply fix: " + label.get(), frame, pairs));
    }

    private static List<MirrorPairs.Pair> mirrorPairs(SampleSelection selection) {
        return selection.outcome().result().mirrorPairs().pairs();
    }

    private static KeypointEdits.Keypoint[] pair(String individual, String a, String b) {
        return new KeypointEdits.Keypoint[] {new KeypointEdits.Keypoint(individual, a),
            new KeypointEdits.Keypoint(individual, b)};
    }
}
