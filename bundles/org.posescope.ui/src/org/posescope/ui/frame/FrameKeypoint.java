package org.posescope.ui.frame;

/**
 * One keypoint of the frame shown: where it is, which columns of the label table hold it, and how to draw it.
 *
 * @param individual the individual, the empty string in single-animal tables
 * @param bodypart the bodypart
 * @param xColumn the table column of x
 * @param yColumn the table column of y
 * @param x the x coordinate in image pixels, NaN when the keypoint is missing
 * @param y the y coordinate, NaN when missing
 * @param colourIndex the bodypart's place in the project's bodyparts, which picks its colour
 * @param individualIndex the individual's place among the table's individuals, which picks its marker shape
 */
public record FrameKeypoint(String individual, String bodypart, int xColumn, int yColumn, double x, double y,
        int colourIndex, int individualIndex) {

    public boolean isLabeled() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    /** The name shown on hover and in edit names: {@code snout}, or {@code mouse2 snout}. */
    public String displayName() {
        return individual.isEmpty() ? bodypart : individual + " " + bodypart;
    }
}
