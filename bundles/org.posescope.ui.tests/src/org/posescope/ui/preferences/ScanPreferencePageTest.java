package org.posescope.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posescope.cluster.FeatureKind;
import org.posescope.cluster.MirrorPairs;
import org.posescope.cluster.ScanPreferences;
import org.posescope.cluster.ScanSettings;
import org.posescope.cluster.algorithm.Algorithms;
import org.posescope.labels.project.Project;
import org.posescope.ui.scan.OpenfieldScan;
import org.posescope.ui.scan.RecordingEventBroker;
import org.posescope.ui.scan.ScanService;
import org.posescope.ui.workbench.PoseScopeEvents;
import org.posescope.ui.workbench.ScanOutcome;

class ScanPreferencePageTest {

    private Shell shell;
    private IEclipsePreferences node;
    private ScanSettingsStore store;

    @BeforeEach
    void openShellOnEmptyPreferences() throws Exception {
        shell = new Shell(Display.getDefault());
        node = InstanceScope.INSTANCE.getNode(ScanPreferences.NODE);
        node.clear();
        node.flush();
        store = ScanSettingsStore.instanceScope();
    }

    @AfterEach
    void closeShellAndForgetPreferences() throws Exception {
        shell.dispose();
        node.clear();
        node.flush();
    }

    @Test
    void choosingAnotherAlgorithmScansTheShownFileAgainWithIt() throws Exception {
        RecordingEventBroker events = new RecordingEventBroker();
        Project project = OpenfieldScan.project();
        ScanService scans = OpenfieldScan.service(events, project);
        ScanPreferencesAddon.applyTo(store, scans);
        ScanOutcome first = OpenfieldScan.scan(scans, events, project);
        assertEquals("lof", first.result().algorithm().id());
        ScanPreferencePage page = open(project, PreferencesHandler.scanAgain(store, scans));

        choose(page, "knn");
        page.field("knn.k").setText("12");
        assertTrue(page.performOk());

        ScanOutcome second = awaitOutcome(events, 2);
        assertEquals("knn", second.result().algorithm().id());
        assertEquals(12, second.result().parameters().intValue("k"));
        assertEquals(first.file(), second.file(), "the file shown is scanned again");
        assertEquals(first.result().size(), second.result().size());
    }

    @Test
    void aProjectsEditedMirrorPairsReachItsNextScan() throws Exception {
        RecordingEventBroker events = new RecordingEventBroker();
        Project project = OpenfieldScan.project();
        ScanService scans = OpenfieldScan.service(events, project);
        ScanPreferencesAddon.applyTo(store, scans);
        ScanOutcome detected = OpenfieldScan.scan(scans, events, project);
        assertEquals("[leftear/rightear]", detected.result().mirrorPairs().toString());
        ScanPreferencePage page = open(project, PreferencesHandler.scanAgain(store, scans));

        page.mirrorPairs().pairsText().setText("leftear/rightear\nsnout/tailbase");
        assertTrue(page.performOk());

        ScanOutcome edited = awaitOutcome(events, 2);
        assertEquals("[leftear/rightear, snout/tailbase]", edited.result().mirrorPairs().toString());
        assertEquals("lof", edited.result().algorithm().id(), "the algorithm was not touched");
    }

    @Test
    void theChoiceSurvivesARestartInThePreferenceFile() throws Exception {
        Project project = OpenfieldScan.project();
        ScanPreferencePage page = open(project, () -> { });
        choose(page, "loop");
        page.field("loop.lambda").setText("4.5");
        page.field(ScanPreferences.MIN_LABELED_KEYPOINTS).setText("3");
        page.mirrorPairs().pairsText().setText("leftear/rightear, snout/tailbase");
        assertTrue(page.performOk());

        // What a restart finds: the file on disk, read as posescope scan reads it, not the node held in memory.
        Path instanceArea = Path.of(Platform.getInstanceLocation().getURL().toURI());
        Map<String, String> onDisk = ScanPreferences.read(ScanPreferences.preferenceFile(instanceArea));
        ScanSettings restored = ScanPreferences.fromMap(onDisk, project.root());

        assertEquals("loop", restored.algorithm().descriptor().id());
        assertEquals(4.5, restored.algorithm().doubleValue("lambda"));
        assertEquals(3, restored.minLabeledKeypoints());
        assertEquals(List.of(new MirrorPairs.Pair("leftear", "rightear"), new MirrorPairs.Pair("snout", "tailbase")),
                restored.mirrorPairs().pairs());
        assertFalse(onDisk.containsKey("loop.k"), "a value at its default is not stored: " + onDisk);

        ScanPreferencePage reopened = open(project, () -> { });
        assertEquals(Algorithms.byId("loop").orElseThrow().descriptor().displayName(),
                reopened.algorithmChoice().getText());
        assertEquals("4.5", reopened.field("loop.lambda").text());
        assertEquals("leftear/rightear, snout/tailbase", reopened.mirrorPairs().pairsText().getText());
    }

    @Test
    void invalidValuesAreRefusedWithTheFieldAndItsRange() throws Exception {
        Project project = OpenfieldScan.project();
        int[] changes = {0};
        ScanPreferencePage page = open(project, () -> changes[0]++);
        choose(page, "knn");

        page.field("knn.k").setText("0");
        assertFalse(page.isValid());
        assertEquals("Neighbours (knn.k) must be a whole number from 1 to 1000, not '0'.", page.getErrorMessage());
        assertFalse(page.performOk());

        page.field("knn.k").setText("7");
        page.field("dbscan.eps").setText("-1");
        assertEquals("Radius (dbscan.eps) must be a number from 0.000001 to 100, not '-1'.", page.getErrorMessage());
        page.field("dbscan.eps").setText("0.5");

        page.mirrorPairs().pairsText().setText("leftear/tail");
        assertFalse(page.isValid());
        assertTrue(page.getErrorMessage().contains("'tail' is not a bodypart"), page.getErrorMessage());

        page.mirrorPairs().pairsText().setText("leftear/rightear");
        assertTrue(page.isValid());
        assertNull(page.getErrorMessage());
        assertEquals(0, changes[0]);
        assertTrue(store.values().isEmpty(), "nothing is stored while a value is refused: " + store.values());
    }

    @Test
    void restoreDefaultsBringsBackTheEngineDefaultsAndDetectedPairs() throws Exception {
        Project project = OpenfieldScan.project();
        int[] changes = {0};
        ScanPreferencePage page = open(project, () -> changes[0]++);
        choose(page, "iforest");
        page.field("iforest.trees").setText("300");
        page.mirrorPairs().pairsText().setText("");
        assertTrue(page.performOk());
        assertEquals(1, changes[0]);
        assertEquals(MirrorPairs.none(), store.settings(project.root()).mirrorPairs());

        page.performDefaults();

        assertEquals("100", page.field("iforest.trees").text());
        assertEquals("leftear/rightear", page.mirrorPairs().pairsText().getText());
        assertTrue(page.performOk());
        assertEquals(2, changes[0]);
        assertTrue(store.values().isEmpty(), "defaults are not stored: " + store.values());
        assertEquals(ScanSettings.defaults(), store.settings(project.root()));
        assertEquals(FeatureKind.ALIGNED_MIRROR, store.settings().features());
    }

    private ScanPreferencePage open(Project project, Runnable afterChange) {
        ScanPreferencePage page = new ScanPreferencePage(store, List.of(project), project, afterChange);
        page.createControl(shell);
        return page;
    }

    /** Picks an algorithm as a user does: a new selection in the combo, announced to its listeners. */
    private static void choose(ScanPreferencePage page, String algorithmId) {
        page.algorithmChoice().select(Algorithms.descriptors().indexOf(
                Algorithms.byId(algorithmId).orElseThrow().descriptor()));
        page.algorithmChoice().notifyListeners(SWT.Selection, null);
    }

    private static ScanOutcome awaitOutcome(RecordingEventBroker events, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (events.posted(PoseScopeEvents.SCAN_FINISHED, ScanOutcome.class).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No scan finished after the preferences changed.");
            }
            Thread.sleep(50);
        }
        return events.last(PoseScopeEvents.SCAN_FINISHED, ScanOutcome.class);
    }
}
