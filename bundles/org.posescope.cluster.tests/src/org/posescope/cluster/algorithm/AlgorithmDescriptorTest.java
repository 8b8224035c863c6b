package org.posescope.cluster.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AlgorithmDescriptorTest {

    @Test
    void everyAlgorithmIsDescribedCompletely() {
        Set<String> ids = new HashSet<>();
        Set<String> flags = new HashSet<>();
        for (AlgorithmDescriptor descriptor : Algorithms.descriptors()) {
            assertTrue(ids.add(descriptor.id()), "duplicate id " + descriptor.id());
            assertTrue(descriptor.id().matches("[a-z]+"), descriptor.id());
            assertFalse(descriptor.help().isBlank());
            assertTrue(descriptor.citation().matches(".*\\d{4}.*"), "citation without a year: " + descriptor.id());
            for (ParameterDescriptor parameter : descriptor.parameters()) {
                assertTrue(flags.add(parameter.flag(descriptor.id())), parameter.flag(descriptor.id()));
                assertTrue(parameter.accepts(parameter.defaultValue()));
                assertFalse(parameter.help().isBlank());
            }
        }
        assertEquals(6, ids.size());
        assertTrue(ids.containsAll(List.of("kmeans", "dbscan", "lof", "knn", "loop", "iforest")));
    }

    @Test
    void flagsAreDerivedFromNames() {
        ParameterDescriptor minPts = Algorithms.byId("dbscan").orElseThrow().descriptor().parameter("minPts")
                .orElseThrow();
        assertEquals("--dbscan-min-pts", minPts.flag("dbscan"));
        assertEquals("--lof-k", Algorithms.byId("lof").orElseThrow().descriptor().parameters().get(0).flag("lof"));
    }

    @Test
    void valuesAreCheckedWithASentence() {
        AlgorithmParameters lof = Algorithms.byId("lof").orElseThrow().descriptor().defaults();
        assertEquals(20, lof.intValue("k"));
        assertEquals(5, lof.with("k", 5).intValue("k"));
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> lof.with("k", 1));
        assertEquals("Local Outlier Factor parameter 'k' must be a whole number between 2 and 1000, not 1.0.",
                outside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lof.with("k", 2.5));
        assertThrows(IllegalArgumentException.class, () -> lof.with("eps", 1));
        assertEquals("k=20", lof.toString());
    }
}
