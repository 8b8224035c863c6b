package org.posescope.ui.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.posescope.ui.frame.Colormaps.Rgb;

/** Colormap ends and midpoints against matplotlib's published values. */
class ColormapsTest {

    @Test
    void rainbowRunsFromPurpleToRed() {
        assertEquals(new Rgb(128, 0, 255), Colormaps.colour("rainbow", 0));
        assertEquals(new Rgb(255, 0, 0), Colormaps.colour("rainbow", 1));
        // matplotlib: rainbow(0.5) = (0.5, 1.0, 0.707)
        assertEquals(new Rgb(128, 255, 180), Colormaps.colour("rainbow", 0.5));
    }

    @Test
    void jetRunsFromDarkBlueToDarkRed() {
        assertEquals(new Rgb(0, 0, 128), Colormaps.colour("jet", 0));
        assertEquals(new Rgb(128, 0, 0), Colormaps.colour("jet", 1));
        Rgb middle = Colormaps.colour("JET", 0.5);
        assertTrue(middle.green() > 250 && Math.abs(middle.red() - middle.blue()) < 10, middle.toString());
    }

    @Test
    void viridisAndPlasmaMatchTheirPublishedEnds() {
        assertEquals(new Rgb(0x44, 0x01, 0x54), Colormaps.colour("viridis", 0));
        assertEquals(new Rgb(0xfd, 0xe7, 0x25), Colormaps.colour("viridis", 1));
        assertEquals(new Rgb(0x21, 0x91, 0x8c), Colormaps.colour("viridis", 0.5));
        assertEquals(new Rgb(0x0d, 0x08, 0x87), Colormaps.colour("plasma", 0));
        assertEquals(new Rgb(0xf0, 0xf9, 0x21), Colormaps.colour("plasma", 1));
    }

    @Test
    void unknownNamesFallBackToRainbow() {
        assertFalse(Colormaps.isKnown("no-such-map"));
        assertFalse(Colormaps.isKnown(null));
        assertEquals(Colormaps.colour("rainbow", 0.3), Colormaps.colour("no-such-map", 0.3));
    }

    @Test
    void bodypartColoursSpanTheWholeMapLikeDeepLabCut() {
        Rgb[] four = Colormaps.colours("jet", 4);
        assertEquals(4, four.length);
        assertEquals(Colormaps.colour("jet", 0), four[0]);
        assertEquals(Colormaps.colour("jet", 1.0 / 3), four[1]);
        assertEquals(Colormaps.colour("jet", 1), four[3]);
        assertEquals(Colormaps.colour("jet", 0), Colormaps.colours("jet", 1)[0]);
    }
}
