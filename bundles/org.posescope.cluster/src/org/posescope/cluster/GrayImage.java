package org.posescope.cluster;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

/**
 * A frame image as brightness from 0 to 1, read with the JDK's decoders (PNG, JPEG, BMP, GIF, TIFF). A scan looks at
 * a few hundred points of each image, so 8-bit grey and colour images (nearly every camera frame) are read straight
 * from the decoded bytes at those points; converting the whole image first took as long as decoding it.
 */
final class GrayImage {

    private final int width;
    private final int height;
    /** The decoded bytes of an 8-bit image, or null when {@link #brightness} holds the converted image. */
    private final byte[] bytes;
    private final int scanlineStride;
    private final int pixelStride;
    /** Offsets of the red, green and blue bytes in a pixel; one offset for grey. */
    private final int[] channelOffsets;
    private final float[] brightness;

    private GrayImage(int width, int height, byte[] bytes, int scanlineStride, int pixelStride,
            int[] channelOffsets, float[] brightness) {
        this.width = width;
        this.height = height;
        this.bytes = bytes;
        this.scanlineStride = scanlineStride;
        this.pixelStride = pixelStride;
        this.channelOffsets = channelOffsets;
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
        WritableRaster raster = image.getRaster();
        int colours = image.getColorModel().getColorSpace().getNumComponents();
        if (raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel model
                && image.getColorModel() instanceof ComponentColorModel && (colours == 1 || colours == 3)
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
            int[] offsets = Arrays.copyOf(model.getBandOffsets(), colours);
            for (int c = 0; c < colours; c++) {
                offsets[c] += buffer.getOffset();
            }
            return new GrayImage(width, height, buffer.getData(), model.getScanlineStride(), model.getPixelStride(),
                    offsets, null);
        }

        // Palette, 16-bit and other images: converted once through the colour model.
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        float[] brightness = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            brightness[i] = luma(rgb[i] >> 16 & 0xFF, rgb[i] >> 8 & 0xFF, rgb[i] & 0xFF);
        }
        return new GrayImage(width, height, null, 0, 0, null, brightness);
    }

    /** Rec. 601 luma from 0 to 1, as a grey conversion of a camera frame weighs the channels. */
    private static float luma(int red, int green, int blue) {
        return (0.299f * red + 0.587f * green + 0.114f * blue) / 255f;
    }

    private double pixel(int x, int y) {
        if (bytes == null) {
            return brightness[y * width + x];
        }
        int base = y * scanlineStride + x * pixelStride;
        if (channelOffsets.length == 1) {
            return (bytes[base + channelOffsets[0]] & 0xFF) / 255.0;
        }
        return luma(bytes[base + channelOffsets[0]] & 0xFF, bytes[base + channelOffsets[1]] & 0xFF,
                bytes[base + channelOffsets[2]] & 0xFF);
    }

    /** The brightness at a point between pixel centres, interpolated; points outside take the nearest edge. */
    double at(double x, double y) {
        double cx = Math.min(width - 1, Math.max(0, x));
        double cy = Math.min(height - 1, Math.max(0, y));
        int x0 = Math.min(width - 2, (int) cx);
        int y0 = Math.min(height - 2, (int) cy);
        if (x0 < 0 || y0 < 0) {
            return pixel((int) cx, (int) cy);
        }
        double fx = cx - x0;
        double fy = cy - y0;
        double top = pixel(x0, y0) + fx * (pixel(x0 + 1, y0) - pixel(x0, y0));
        double bottom = pixel(x0, y0 + 1) + fx * (pixel(x0 + 1, y0 + 1) - pixel(x0, y0 + 1));
        return top + fy * (bottom - top);
    }
}
