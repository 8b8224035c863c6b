package org.posescope.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.posescope.cluster.PoseSet;
import org.posescope.cluster.ScanCanceledException;
import org.posescope.cluster.ScanSettings;
import org.posescope.cluster.Scanner;

class MonitorProgressTest {

    /** Keeps what the adapter tells an Eclipse monitor. */
    private static final class Recorder extends NullProgressMonitor {
        final List<String> tasks = new ArrayList<>();
        int worked;

        @Override
        public void subTask(String name) {
            tasks.add(name);
        }

        @Override
        public void worked(int work) {
            assertTrue(work > 0, "the bar never moves back");
            worked += work;
        }
    }

    @Test
    void fractionsBecomeWorkUnitsThatOnlyGrow() {
        Recorder monitor = new Recorder();
        List<Double> reported = new ArrayList<>();
        MonitorProgress progress = new MonitorProgress(monitor, (task, fraction) -> reported.add(fraction));

        progress.worked("aligning poses", 0.25);
        progress.worked("explaining poses", 0.2);
        progress.worked("ranking", 1);

        assertEquals(List.of("aligning poses", "explaining poses", "ranking"), monitor.tasks);
        assertEquals(MonitorProgress.TOTAL_WORK, monitor.worked);
        assertEquals(List.of(0.25, 0.25, 1.0), reported);
    }

    @Test
    void aCanceledMonitorStopsARealScan() {
        Recorder monitor = new Recorder();
        MonitorProgress progress = new MonitorProgress(monitor, (task, fraction) -> { });
        assertFalse(progress.isCanceled());
        monitor.setCanceled(true);

        double[][] poses = new double[50][];
        for (int s = 0; s < poses.length; s++) {
            poses[s] = new double[] {s, 0, s + 1, 1, s + 2, s % 3};
        }
        PoseSet set = PoseSet.of(List.of("nose", "neck", "tail"), poses);
        assertThrows(ScanCanceledException.class, () -> Scanner.scan(set, ScanSettings.defaults(), progress));
    }
}
