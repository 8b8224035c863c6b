package org.posescope.ui.outliers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posescope.cluster.ScanResult;
import org.posescope.labels.project.Project;
import org.posescope.ui.scan.OpenfieldScan;
import org.posescope.ui.scan.RecordingEventBroker;

/** Sorting, filtering and restricting the outlier list's rows, on the real openfield scan. */
class OutlierRowsTest {

    private static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        RecordingEventBroker events = new RecordingEventBroker();
        Project project = OpenfieldScan.project();
        result = OpenfieldScan.scan(OpenfieldScan.service(events, project), events, project).result();
    }

    @Test
    void rowsStartInRankOrder() {
        OutlierRows rows = new OutlierRows(result);
        assertEquals(result.size(), rows.size());
        for (int row = 0; row < rows.size(); row++) {
            assertEquals(result.atRank(row + 1).index(), rows.sampleAt(row));
            assertEquals(row, rows.rowOf(rows.sampleAt(row)));
        }
    }

    @Test
    void sortingByScoreDescendingPutsTheHighestFirstAndFrameSortsByName() {
        OutlierRows rows = new OutlierRows(result);
        rows.sortBy(OutlierColumn.SCORE, false);
        for (int row = 1; row < rows.size(); row++) {
            assertTrue(result.sample(rows.sampleAt(row - 1)).score() >= result.sample(rows.sampleAt(row)).score());
        }

        rows.sortBy(OutlierColumn.FRAME, true);
        for (int row = 1; row < rows.size(); row++) {
            String previous = rows.text(rows.sampleAt(row - 1), OutlierColumn.FRAME);
            assertTrue(previous.compareTo(rows.text(rows.sampleAt(row), OutlierColumn.FRAME)) <= 0);
        }
    }

    @Test
    void theFilterKeepsRowsWhoseFrameOrReasonHoldsTheText() {
        OutlierRows rows = new OutlierRows(result);
        rows.filter("IMG0027");
        assertEquals(1, rows.size(), "one frame is named img0027");
        assertTrue(rows.text(rows.sampleAt(0), OutlierColumn.FRAME).contains("img0027"));

        String reasonWord = result.atRank(1).reason().split(" ")[0];
        rows.filter(reasonWord);
        long expected = java.util.stream.IntStream.range(0, result.size()).filter(s -> {
            var sample = result.sample(s);
            String all = (sample.id().rowKey() + "\n" + sample.id().individual() + "\n" + sample.reason());
            return all.toLowerCase(Locale.ROOT).contains(reasonWord.toLowerCase(Locale.ROOT));
        }).count();
        assertEquals(expected, rows.size());
        assertTrue(rows.size() > 0 && rows.size() < result.size(), "the word '" + reasonWord + "' narrows the list");

        rows.filter("no frame is called this");
        assertEquals(0, rows.size());
        assertEquals(-1, rows.rowOf(result.atRank(1).index()));
    }

    @Test
    void restrictingShowsOnlyThePickedSamples() {
        OutlierRows rows = new OutlierRows(result);
        int[] picked = {result.atRank(9).index(), result.atRank(2).index(), result.atRank(50).index()};
        rows.restrictTo(picked);
        assertEquals(3, rows.size());
        assertEquals(result.atRank(2).index(), rows.sampleAt(0));
        assertTrue(rows.isRestricted());

        rows.restrictTo(null);
        assertFalse(rows.isRestricted());
        assertEquals(result.size(), rows.size());
    }
}
