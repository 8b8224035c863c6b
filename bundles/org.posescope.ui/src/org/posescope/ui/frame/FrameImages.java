package org.posescope.ui.frame;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;

/**
 * Decodes a frame's image (PNG or JPEG) into device-independent {@link ImageData}, which needs no display and so
 * is done in a job; the canvas turns it into an image on the UI thread.
 *
 * @param data the decoded image, or null
 * @param problem why there is none, as the canvas shows it, or null
 */
public record FrameImages(ImageData data, String problem) {

    /** Decodes the image, or says why it cannot be shown; never throws for a missing or broken file. */
    public static FrameImages load(Path project, Path image) {
        String shown = project == null ? image.toString() : project.relativize(image).toString().replace('\\', '/');
        if (!Files.isRegularFile(image)) {
            return new FrameImages(null, "Image not found: " + shown + " (the keypoints are shown on black)");
        }
        try {
            return new FrameImages(new ImageData(image.toString()), null);
        } catch (SWTException e) {
            return new FrameImages(null, "Image cannot be decoded: " + shown + " (" + e.getMessage() + ")");
        }
    }

    /** For rows that name video frames, whose images PoseScope does not decode. */
    public static FrameImages videoFrame(String frame) {
        return new FrameImages(null, "Frame " + frame + " of a video: video frames are not decoded, so the"
                + " keypoints are shown on black");
    }
}
