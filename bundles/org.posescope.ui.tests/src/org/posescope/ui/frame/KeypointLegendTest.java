package org.posescope.ui.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.posescope.ui.frame.Colormaps.Rgb;
import org.posescope.ui.frame.KeypointPainter.LegendEntry;

/** The frame view's legend names each bodypart once, in the project's order, and says which are missing. */
class KeypointLegendTest {

    @Test
    void eachBodypartOnceInProjectOrderWithTheMissingOnesHollow() {
        // Two mice; the tail is missing on both, the left ear only on the first.
        List<FrameKeypoint> keypoints = List.of(
                keypoint("m1", "tail", 2, Double.NaN, 0), keypoint("m1", "snout", 0, 10, 0),
                keypoint("m1", "leftear", 1, Double.NaN, 0), keypoint("m2", "snout", 0, 20, 1),
                keypoint("m2", "leftear", 1, 25, 1), keypoint("m2", "tail", 2, Double.NaN, 1));
        FrameContent content = new FrameContent("img000.png", Optional.empty(), keypoints, List.of(),
                List.of(new Rgb(255, 0, 0), new Rgb(0, 255, 0), new Rgb(0, 0, 255)), Set.of(), 100, 100);

        List<LegendEntry> legend = KeypointPainter.legendEntries(content);

        assertEquals(List.of(new LegendEntry("snout", 0, true), new LegendEntry("leftear", 1, true),
                new LegendEntry("tail", 2, false)), legend);
        assertEquals(new Rgb(0, 0, 255), content.colourOfIndex(legend.get(2).colourIndex()));
    }

    private static FrameKeypoint keypoint(String individual, String bodypart, int colour, double x,
            int individualIndex) {
        return new FrameKeypoint(individual, bodypart, 0, 1, x, x, colour, individualIndex);
    }
}
