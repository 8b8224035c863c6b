package org.posescope.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Finding repeated row keys, which DeepLabCut resolves by keeping the first row of each. */
class RowKeysRepeatedTest {

    @Test
    void framesInOrderHaveNoRepeats() {
        List<RowKey> rows = new ArrayList<>();
        for (long frame = 5; frame < 100_005; frame++) {
            rows.add(new RowKey.Frame(frame));
        }

        assertTrue(RowKeys.repeated(rows).isEmpty());
    }

    @Test
    void repeatedFramesAreFoundWhereverTheyAre() {
        List<RowKey> rows = frames(0, 1, 2, 1, 3, 0, 1);

        Map<RowKey, List<Integer>> repeated = RowKeys.repeated(rows);

        assertEquals(Map.of(new RowKey.Frame(0), List.of(0, 5), new RowKey.Frame(1), List.of(1, 3, 6)), repeated);
        assertEquals(List.of(new RowKey.Frame(0), new RowKey.Frame(1)), List.copyOf(repeated.keySet()),
                "in order of first occurrence");
    }

    @Test
    void framesOutOfOrderButDistinctHaveNoRepeats() {
        assertTrue(RowKeys.repeated(frames(3, 1, 2, 10)).isEmpty());
    }

    @Test
    void repeatedImagesAreListedInOrderOfFirstOccurrence() {
        RowKey a = new RowKey.Image(RowKey.Image.LABELED_DATA, "vid1", "img000.png");
        RowKey b = new RowKey.Image(RowKey.Image.LABELED_DATA, "vid1", "img001.png");
        RowKey c = new RowKey.Image(RowKey.Image.LABELED_DATA, "vid1", "img002.png");

        Map<RowKey, List<Integer>> repeated = RowKeys.repeated(List.of(a, b, c, b, a));

        assertEquals(List.of(a, b), List.copyOf(repeated.keySet()), "a first occurs before b");
        assertEquals(List.of(0, 4), repeated.get(a));
        assertEquals(List.of(1, 3), repeated.get(b));
    }

    private static List<RowKey> frames(long... numbers) {
        List<RowKey> rows = new ArrayList<>();
        for (long number : numbers) {
            rows.add(new RowKey.Frame(number));
        }
        return rows;
    }
}
