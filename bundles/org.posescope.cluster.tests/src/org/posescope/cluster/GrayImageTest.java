package org.posescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.posescope.labels.project.ImageSize;

/** Frame images of the kinds cameras and labeling tools write, read back as brightness. */
class GrayImageTest {

    private static final double DARK = 0.2;
    private static final double LIGHT = 0.8;

    @TempDir
    Path folder;

    /** A 40 by 30 image, dark on the left half and light on the right, written in the given type and format. */
    private Path halves(int type, String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, type);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                int level = (int) Math.round((x < 20 ? DARK : LIGHT) * 255);
                image.setRGB(x, y, level << 16 | level << 8 | level);
            }
        }
        Path file = folder.resolve("frame-" + type + "." + format);
        assertTrue(ImageIO.write(image, format, file.toFile()), "the JDK writes " + format);
        return file;
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_4BYTE_ABGR,
        BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_USHORT_GRAY})
    void colourPalette16BitAndAlphaImagesReadAsTheirBrightness(int type) throws IOException {
        GrayImage image = GrayImage.read(halves(type, "png"));

        assertEquals(DARK, image.at(5, 10), 0.01, "the left half");
        assertEquals(LIGHT, image.at(35, 10), 0.01, "the right half");
        assertEquals((DARK + LIGHT) / 2, image.at(19.5, 10), 0.01, "between two pixels, the mean of both");
        assertEquals(LIGHT, image.at(1000, -50), 0.01, "outside, the nearest edge");
    }

    @Test
    void greyAndJpegImagesAreReadFromTheirBytes() throws IOException {
        GrayImage grey = GrayImage.read(halves(BufferedImage.TYPE_BYTE_GRAY, "png"));
        GrayImage jpeg = GrayImage.read(halves(BufferedImage.TYPE_3BYTE_BGR, "jpg"));

        assertTrue(grey.at(5, 10) < grey.at(35, 10), "grey: dark stays darker than light");
        assertEquals(DARK, jpeg.at(5, 10), 0.03, "JPEG keeps the halves within its compression's error");
        assertEquals(LIGHT, jpeg.at(35, 10), 0.03);
    }

    @Test
    void theDimensionsComeFromTheHeaderAndAFileThatIsNoImageSaysSo() throws IOException {
        ImageSize size = ImageSize.of(halves(BufferedImage.TYPE_3BYTE_BGR, "png"));
        Path text = Files.writeString(folder.resolve("img000.png"), "not a picture");

        assertEquals(new ImageSize(40, 30), size);
        IOException notImage = assertThrows(IOException.class, () -> GrayImage.read(text));
        assertTrue(notImage.getMessage().contains("is not an image"), notImage.getMessage());
        IOException header = assertThrows(IOException.class, () -> ImageSize.of(text));
        assertEquals(text + " is not an image that can be read.", header.getMessage());
        IOException absent = assertThrows(IOException.class, () -> ImageSize.of(folder.resolve("absent.png")));
        assertEquals(folder.resolve("absent.png") + " is missing.", absent.getMessage());
    }
}
