package org.posescope.cluster;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** A frame image as brightness from 0 to 1, read with the JDK's decoders (PNG, JPEG, BMP, GIF, TIFF). */
final class GrayImage {

    private final int width;
    private final int height;
    private final float[] brightness;

    private GrayImage(int width, int height, float[] brightness) {
        this.width = width;
        this.height = height;
        this.brightness = brightness;
    }

    /** Decodes an image file; an {@link IOException} says why it cannot be. */
    static GrayImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file + " is not an image this program can decode");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        float[] brightness = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int pixel = rgb[i];
            // Rec. 601 luma, as a grey conversion of a camera frame would weigh the channels.
            brightness[i] = (0.299f * (pixel >> 16 & 0xFF) + 0.587f * (pixel >> 8 & 0xFF) + 0.114f * (pixel & 0xFF))
                    / 255f;
        }
        return new GrayImage(width, height, brightness);
    }

    /** The width and height an image file declares, read from its header without decoding it. */
    static long dimensionsOf(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(file + " is not an image this program can decode");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return (long) reader.getWidth(0) << 32 | reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The brightness at a point between pixel centres, interpolated; points outside take the nearest edge. */
    double at(double x, double y) {
        double cx = Math.min(width - 1, Math.max(0, x));
        double cy = Math.min(height - 1, Math.max(0, y));
        int x0 = Math.min(width - 2, (int) cx);
        int y0 = Math.min(height - 2, (int) cy);
        if (x0 < 0 || y0 < 0) {
            return brightness[(int) cy * width + (int) cx];
        }
        double fx = cx - x0;
        double fy = cy - y0;
        int i = y0 * width + x0;
        double top = brightness[i] + fx * (brightness[i + 1] - brightness[i]);
        double bottom = brightness[i + width] + fx * (brightness[i + width + 1] - brightness[i + width]);
        return top + fy * (bottom - top);
    }
}
