package org.posescope.ui.frame;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.posescope.ui.frame.Colormaps.Rgb;

/**
 * Everything the frame canvas draws for one frame: the image to show (if any), the keypoints, the skeleton and
 * the suspects of a selected sample. Built off the UI thread; immutable.
 *
 * @param title the row key and file, shown above the canvas
 * @param image the image file the row names, empty for rows that are video frame numbers
 * @param keypoints every keypoint column pair of the row, labeled or not
 * @param skeleton pairs of bodyparts joined by a line within each individual
 * @param colours one colour per bodypart index
 * @param suspects the {@link FrameKeypoint#displayName() names} of the keypoints a scan points at
 * @param extentWidth the width to assume when the frame's image is missing: that of another image of the file,
 *        else the widest coordinate of the table
 * @param extentHeight the height to assume when the frame's image is missing
 */
public record FrameContent(String title, Optional<Path> image, List<FrameKeypoint> keypoints,
        List<List<String>> skeleton, List<Rgb> colours, Set<String> suspects, double extentWidth,
        double extentHeight) {

    public FrameContent {
        keypoints = List.copyOf(keypoints);
        skeleton = List.copyOf(skeleton);
        colours = List.copyOf(colours);
        suspects = Set.copyOf(suspects);
    }

    public boolean isSuspect(FrameKeypoint keypoint) {
        return suspects.contains(keypoint.displayName());
    }

    public Rgb colourOf(FrameKeypoint keypoint) {
        return colourOfIndex(keypoint.colourIndex());
    }

    /** The colour of the bodypart at this place in the project's bodyparts. */
    public Rgb colourOfIndex(int colourIndex) {
        return colours.isEmpty() ? new Rgb(255, 0, 0) : colours.get(colourIndex % colours.size());
    }
}
