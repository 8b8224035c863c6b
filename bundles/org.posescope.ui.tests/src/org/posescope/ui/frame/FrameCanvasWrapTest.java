package org.posescope.ui.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A note drawn over the frame (an image that is missing, say) breaks into lines that fit the canvas. */
class FrameCanvasWrapTest {

    @Test
    void aLongNoteBreaksAtSpacesIntoLinesThatFit() {
        // Ten pixels a character: lines of at most 20 characters.
        String wrapped = FrameCanvas.wrap("Image not found: labeled-data/vid1/img002.png (the keypoints are shown on"
                + " black)", 200, text -> 10 * text.length());

        assertEquals("Image not found:\nlabeled-data/vid1/img002.png\n(the keypoints are\nshown on black)", wrapped);
    }

    @Test
    void aShortNoteStaysOnOneLine() {
        assertEquals("No image", FrameCanvas.wrap("No image", 200, text -> 10 * text.length()));
    }
}
