package org.posescope.labels.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The width and height of a frame image in pixels, read from its header with the JDK's decoders (PNG, JPEG, BMP,
 * GIF, TIFF) without decoding the picture.
 */
public record ImageSize(int width, int height) {

    /** @throws IOException saying, in a sentence that names the file, why its size cannot be read */
    public static ImageSize of(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing.");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(file + " is not an image that can be read.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return new ImageSize(reader.getWidth(0), reader.getHeight(0));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + " is not an image that can be read (" + e.getMessage() + ").", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Whether a label at (x, y) lies on the image, give or take a pixel (labels sit on pixel centres or edges). */
    public boolean contains(double x, double y) {
        return x >= -1 && y >= -1 && x <= width && y <= height;
    }

    @Override
    public String toString() {
        return width + " x " + height;
    }
}
