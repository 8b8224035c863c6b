package org.posescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.cluster.algorithm.AlgorithmDescriptor;
import org.posescope.cluster.algorithm.Algorithms;
import org.posescope.cluster.algorithm.ParameterDescriptor;

class ScanPreferencesTest {

    private static final Path PROJECT = Path.of("/data/mice-2024-01-01");

    @Test
    void emptyValuesGiveTheEngineDefaults() {
        assertEquals(ScanSettings.defaults(), ScanPreferences.fromMap(Map.of()));
        assertEquals(ScanSettings.defaults(), ScanPreferences.fromMap(ScanPreferences.defaults()));
    }

    @Test
    void defaultsHoldEveryParameterOfEveryAlgorithm() {
        Map<String, String> defaults = ScanPreferences.defaults();
        for (AlgorithmDescriptor algorithm : Algorithms.descriptors()) {
            for (ParameterDescriptor parameter : algorithm.parameters()) {
                String key = ScanPreferences.parameterKey(algorithm.id(), parameter.name());
                assertEquals(parameter.defaultValue(), Double.parseDouble(defaults.get(key)), key);
            }
        }
        assertEquals("lof", defaults.get(ScanPreferences.ALGORITHM));
        assertEquals("2", defaults.get(ScanPreferences.MIN_LABELED_KEYPOINTS));
    }

    @Test
    void everyAlgorithmWithChangedValuesSurvivesTheRoundTrip() {
        for (AlgorithmDescriptor algorithm : Algorithms.descriptors()) {
            var parameters = algorithm.defaults();
            for (ParameterDescriptor parameter : algorithm.parameters()) {
                // The maximum differs from every default, so a value dropped on the way would show.
                parameters = parameters.with(parameter.name(), parameter.max());
            }
            ScanSettings settings = ScanSettings.defaults().withAlgorithm(parameters)
                    .withFeatures(FeatureKind.DISTANCES).withMinLabeledKeypoints(5)
                    .withMirrorPairs(MirrorPairs.of(List.of(new MirrorPairs.Pair("leftear", "rightear"))));

            Map<String, String> stored = ScanPreferences.toMap(settings, PROJECT);

            assertEquals(settings, ScanPreferences.fromMap(stored, PROJECT), algorithm.id());
            assertNull(ScanPreferences.fromMap(stored).mirrorPairs(), "another project detects its own pairs");
        }
    }

    @Test
    void realValuesAreStoredInPlainDecimals() {
        var dbscan = ScanPreferences.algorithm("dbscan");
        ParameterDescriptor eps = dbscan.parameter("eps").orElseThrow();
        assertEquals("0.000001", ScanPreferences.format(eps, 1e-6));
        assertEquals("0.25", ScanPreferences.format(eps, 0.25));
        assertEquals("100", ScanPreferences.format(eps, 100));

        ScanSettings settings = ScanPreferences.fromMap(Map.of("algorithm", "dbscan", "dbscan.eps", "0.000001"));
        assertEquals(1e-6, settings.algorithm().doubleValue("eps"));
    }

    @Test
    void parametersOfAnotherAlgorithmAreKeptButNotUsed() {
        Map<String, String> values = Map.of("algorithm", "knn", "lof.k", "33", "knn.k", "7");

        ScanSettings settings = ScanPreferences.fromMap(values);

        assertEquals("knn", settings.algorithm().descriptor().id());
        assertEquals(7, settings.algorithm().intValue("k"));
    }

    @Test
    void invalidValuesAreRefusedNamingTheFieldAndItsRange() {
        var outOfRange = assertThrows(InvalidScanPreferenceException.class,
                () -> ScanPreferences.fromMap(Map.of("algorithm", "lof", "lof.k", "1")));
        assertEquals("lof.k", outOfRange.key());
        assertEquals("Neighbours (lof.k) must be a whole number from 2 to 1000, not '1'.", outOfRange.getMessage());

        assertEquals("Neighbours (lof.k) must be a whole number from 2 to 1000, not '2.5'.",
                ScanPreferences.problem("lof.k", "2.5").orElseThrow());
        assertEquals("Radius (dbscan.eps) must be a number from 0.000001 to 100, not 'wide'.",
                ScanPreferences.problem("dbscan.eps", "wide").orElseThrow());
        assertTrue(ScanPreferences.problem("minLabeledKeypoints", "1").orElseThrow()
                .startsWith("Minimum labeled keypoints (minLabeledKeypoints) must be a whole number from 2 "));
        assertTrue(ScanPreferences.problem("algorithm", "hdbscan").orElseThrow().contains("lof, knn, loop"));
        assertTrue(ScanPreferences.problem("features", "angles").orElseThrow().contains("ALIGNED_MIRROR"));
        assertFalse(ScanPreferences.problem("lof.k", " 40 ").isPresent());
    }

    @Test
    void featureNamesAreReadAsTyped() {
        assertEquals(FeatureKind.ALIGNED_MIRROR, ScanPreferences.features("aligned-mirror"));
        assertEquals(FeatureKind.DISTANCES, ScanPreferences.features("Distances"));
    }

    @Test
    void mirrorPairsAreCheckedAgainstTheProjectsBodyparts() {
        List<String> bodyparts = List.of("snout", "leftear", "rightear", "leftpaw", "rightpaw");

        MirrorPairs pairs = ScanPreferences.parseMirrorPairs(" leftear/rightear,\nleftpaw / rightpaw ", bodyparts);

        assertEquals(List.of(new MirrorPairs.Pair("leftear", "rightear"), new MirrorPairs.Pair("leftpaw", "rightpaw")),
                pairs.pairs());
        assertEquals("leftear/rightear, leftpaw/rightpaw", ScanPreferences.formatMirrorPairs(pairs));
        assertTrue(ScanPreferences.parseMirrorPairs("  ", bodyparts).isEmpty());
        assertEquals("Mirror pairs: 'tail' is not a bodypart (snout, leftear, rightear, leftpaw, rightpaw).",
                assertThrows(InvalidScanPreferenceException.class,
                        () -> ScanPreferences.parseMirrorPairs("leftear/tail", bodyparts)).getMessage());
        assertThrows(InvalidScanPreferenceException.class,
                () -> ScanPreferences.parseMirrorPairs("leftear/rightear, leftear/rightpaw", bodyparts));
        assertThrows(InvalidScanPreferenceException.class,
                () -> ScanPreferences.parseMirrorPairs("leftear", bodyparts));
    }

    @Test
    void anEmptyPairListMeansNoPairsWhileAMissingOneMeansDetect() {
        Map<String, String> values = new HashMap<>();
        assertNull(ScanPreferences.fromMap(values, PROJECT).mirrorPairs());

        values.put(ScanPreferences.mirrorPairsKey(PROJECT), "");

        assertEquals(MirrorPairs.none(), ScanPreferences.fromMap(values, PROJECT).mirrorPairs());
    }

    @Test
    void projectKeysHoldNoSlashSinceThatWouldNameAChildNode() {
        String key = ScanPreferences.mirrorPairsKey(Path.of("/data/a b/mice"));

        assertTrue(key.startsWith("mirrorPairs."));
        assertFalse(key.contains("/"), key);
        assertEquals(key, ScanPreferences.mirrorPairsKey(Path.of("/data/a b/./mice")));
    }

    @Test
    void theWorkbenchsPreferenceFileIsReadBack(@TempDir Path home) throws IOException {
        Path file = ScanPreferences.preferenceFile(home.resolve("workspace"));
        assertEquals(Map.of(), ScanPreferences.read(file));

        Properties written = new Properties();
        written.setProperty("eclipse.preferences.version", "1");
        written.setProperty("algorithm", "iforest");
        written.setProperty("iforest.trees", "250");
        written.setProperty(ScanPreferences.mirrorPairsKey(PROJECT), "leftear/rightear");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            written.store(out, null);
        }

        ScanSettings settings = ScanPreferences.fromMap(ScanPreferences.read(file), PROJECT);

        assertEquals("iforest", settings.algorithm().descriptor().id());
        assertEquals(250, settings.algorithm().intValue("trees"));
        assertEquals("[leftear/rightear]", settings.mirrorPairs().toString());
    }
}
