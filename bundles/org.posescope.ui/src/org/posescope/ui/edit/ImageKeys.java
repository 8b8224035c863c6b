package org.posescope.ui.edit;

import org.posescope.labels.RowKey;

/**
 * Compares row keys by the image they name, whatever their spelling: {@code img001.png}, a Windows path, or the
 * three-part key. Machine labels and CollectedData of one folder name the same image differently at times.
 */
public final class ImageKeys {

    private ImageKeys() {
    }

    public static boolean sameImage(RowKey a, RowKey b, String defaultVideo) {
        if (a instanceof RowKey.Image first && b instanceof RowKey.Image second) {
            return imageName(first).equals(imageName(second))
                    && videoName(first, defaultVideo).equals(videoName(second, defaultVideo));
        }
        return a.equals(b);
    }

    /** The three-part key ('labeled-data', video, image) DeepLabCut writes for an image. */
    public static RowKey.Image normal(RowKey.Image key, String defaultVideo) {
        return new RowKey.Image(RowKey.Image.LABELED_DATA, videoName(key, defaultVideo), imageName(key));
    }

    private static String imageName(RowKey.Image key) {
        String name = key.image().replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String videoName(RowKey.Image key, String defaultVideo) {
        String video = key.video().replace('\\', '/');
        if (video.isEmpty()) {
            String image = key.image().replace('\\', '/');
            String[] parts = image.split("/");
            return parts.length >= 2 ? parts[parts.length - 2] : defaultVideo;
        }
        return video.substring(video.lastIndexOf('/') + 1);
    }
}
