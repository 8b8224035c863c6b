package org.posescope.ui.scan;

import java.util.OptionalInt;

import org.posescope.cluster.ScanResult;

/**
 * Walks the flagged samples of a scan in rank order, as the N and P keys do: from the selected sample to the next
 * (or previous) flagged one; with nothing selected, N starts at the most suspect.
 */
public final class SuspectSteps {

    private SuspectSteps() {
    }

    /**
     * @param current the selected sample's index, or -1 for none
     * @param forward true for the next suspect (lower score), false for the previous
     * @return the sample to select, empty when there is no flagged sample that way
     */
    public static OptionalInt step(ScanResult result, int current, boolean forward) {
        int size = result.size();
        if (current < 0) {
            return forward ? firstFlagged(result, 1, size, 1) : OptionalInt.empty();
        }
        int rank = result.sample(current).rank();
        return forward ? firstFlagged(result, rank + 1, size, 1) : firstFlagged(result, rank - 1, 1, -1);
    }

    private static OptionalInt firstFlagged(ScanResult result, int fromRank, int toRank, int direction) {
        for (int rank = fromRank; direction > 0 ? rank <= toRank : rank >= toRank; rank += direction) {
            var sample = result.atRank(rank);
            if (sample.flagged()) {
                return OptionalInt.of(sample.index());
            }
        }
        return OptionalInt.empty();
    }
}
