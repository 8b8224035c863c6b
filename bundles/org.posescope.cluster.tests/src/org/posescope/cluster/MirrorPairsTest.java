package org.posescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MirrorPairsTest {

    private static List<String> pairsOf(String... names) {
        return MirrorPairs.detect(List.of(names)).pairs().stream().map(MirrorPairs.Pair::toString).toList();
    }

    @Test
    void detectsTheSpellingsDeepLabCutProjectsUse() {
        assertEquals(List.of("leftear/rightear"), pairsOf("snout", "leftear", "rightear", "tailbase"));
        assertEquals(List.of("earL/earR"), pairsOf("nose", "earL", "earR", "tail"));
        assertEquals(List.of("ear_l/ear_r", "paw-l/paw-r"), pairsOf("ear_l", "ear_r", "paw-l", "paw-r"));
        assertEquals(List.of("L_hip/R_hip"), pairsOf("R_hip", "L_hip"));
        assertEquals(List.of("LeftEye/RightEye", "Ear_Left/Ear_Right"),
                pairsOf("LeftEye", "RightEye", "Ear_Left", "Ear_Right"));
        assertEquals(List.of("LForepaw/RForepaw"), pairsOf("LForepaw", "RForepaw"));
        assertEquals(List.of("left ear/right ear"), pairsOf("left ear", "right ear"));
    }

    @Test
    void ignoresNamesThatOnlyContainTheLetters() {
        assertTrue(MirrorPairs.detect(List.of("lower", "rear", "tail", "neck", "Lateral", "Rostral")).isEmpty());
        assertTrue(MirrorPairs.detect(List.of("earL", "earX")).isEmpty(), "a side without its mirror is no pair");
        assertTrue(MirrorPairs.detect(List.of("hl", "hr")).isEmpty(), "a letter inside a word is not a side");
    }

    @Test
    void aKeypointPairsOnlyOnce() {
        assertEquals(List.of("leftear/rightear"), pairsOf("leftear", "rightear", "rightear2"));
    }

    @Test
    void pairsCanBeEdited() {
        MirrorPairs detected = MirrorPairs.detect(List.of("leftear", "rightear", "hand1", "hand2"));
        MirrorPairs edited = detected.with("hand1", "hand2");
        assertEquals(2, edited.pairs().size());
        assertEquals(1, detected.pairs().size(), "editing gives a copy");
        assertEquals(List.of(new MirrorPairs.Pair("hand1", "hand2")), edited.without("rightear").pairs());
        assertEquals(List.of(new MirrorPairs.Pair("rightear", "hand2")), edited.with("rightear", "hand2").pairs()
                .stream().filter(p -> p.left().equals("rightear")).toList());
        assertThrows(IllegalArgumentException.class, () -> detected.with("nose", "nose"));
    }

    @Test
    void indicesFollowTheKeypointOrder() {
        MirrorPairs pairs = MirrorPairs.detect(List.of("earL", "nose", "earR"));
        List<int[]> indices = pairs.indicesIn(List.of("nose", "earR", "earL"));
        assertEquals(1, indices.size());
        assertEquals(2, indices.get(0)[0]);
        assertEquals(1, indices.get(0)[1]);
    }
}
