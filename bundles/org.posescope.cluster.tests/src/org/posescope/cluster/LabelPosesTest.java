package org.posescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.posescope.testsupport.SharedData;

/** Poses built from label tables: one per row and animal, a repeated row key in its first row only. */
class LabelPosesTest {

    @Test
    void aRepeatedFrameIsScannedOnceInItsFirstRowAndTheNotesSaySo() {
        // Field case B16: the machine labels hold img003, img004, img004 (other values), img005.
        PoseSet poses = TestPoses.read(SharedData.caseProject("B16")
                .resolve("labeled-data/vid1/machinelabels-iter0.h5"));

        List<String> frames = IntStream.range(0, poses.size()).mapToObj(s -> poses.sampleId(s).rowKey()).toList();
        assertEquals(List.of("labeled-data/vid1/img003.png", "labeled-data/vid1/img004.png",
                "labeled-data/vid1/img005.png"), frames);
        assertEquals(1, poses.sampleId(1).row(), "the first of the two img004 rows");
        assertEquals(3, poses.sampleId(2).row(), "img005 keeps its own row in the table");
        String expected = "labeled-data/vid1/img004.png appears twice";
        assertTrue(poses.notes().stream().anyMatch(note -> note.startsWith(expected)), poses.notes().toString());
    }
}
