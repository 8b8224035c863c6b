package org.posescope.ui.cluster;

import java.util.Arrays;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Draws every point of the scatter straight into the bytes of an {@link ImageData}, once per change of view or
 * data; the canvas then paints that one image. Drawing 100,000 points through a GC would take seconds.
 *
 * <p>Ordinary points are small discs in their cluster's colour; the most suspect flagged points are larger discs
 * with a red ring, the other flagged points small red discs; picked points get a black ring. Points are drawn in
 * the data's order, so the most suspect end on top.
 *
 * <p>Where there are more ordinary points than {@value #OPAQUE_POINTS}, they are drawn translucent (each one an
 * equal share of that many, but at least {@value #MIN_OPACITY} opaque), so that where thousands lie on top of each
 * other the colour deepens and the scatter shows its density instead of one solid blob. Flagged points stay opaque.
 */
final class ScatterRenderer {

    private static final double SMALL_DISC_RADIUS = 2.3;
    private static final double SUSPECT_RING_RADIUS = 5.3;
    private static final int[][] SMALL_DISC = disc(0, SMALL_DISC_RADIUS);
    private static final int[][] LARGE_DISC = disc(0, 3.6);
    private static final int[][] SUSPECT_RING = disc(3.6, SUSPECT_RING_RADIUS);
    private static final int[][] PICKED_RING = disc(5.3, 6.8);
    private static final int OPAQUE_POINTS = 2_000;
    private static final double MIN_OPACITY = 0.12;

    private ScatterRenderer() {
    }

    /**
     * @param picked per point whether it is picked, or null for none
     */
    static ImageData render(ScatterData data, ScatterViewport view, boolean[] picked) {
        int width = view.width();
        int height = view.height();
        ImageData image = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        byte[] pixels = image.data;
        int stride = image.bytesPerLine;
        fill(pixels, width, height, stride, ClusterColours.BACKGROUND);
        double opacity = opacityOfOrdinaryPoints(data);

        for (int p = 0; p < data.size(); p++) {
            int px = (int) Math.round(view.toPixelX(data.x[p]));
            int py = (int) Math.round(view.toPixelY(data.y[p]));
            if (px < -8 || py < -8 || px >= width + 8 || py >= height + 8) {
                continue;
            }
            int colour = ClusterColours.of(data.clusterOfPoint[p]);
            if (data.ringed[p]) {
                stamp(pixels, width, height, stride, px, py, SUSPECT_RING, ClusterColours.SUSPECT_RING);
                stamp(pixels, width, height, stride, px, py, LARGE_DISC, colour);
            } else if (data.suspect[p]) {
                stamp(pixels, width, height, stride, px, py, SMALL_DISC, ClusterColours.SUSPECT_RING);
            } else if (opacity < 1) {
                blend(pixels, width, height, stride, px, py, SMALL_DISC, colour, opacity);
            } else {
                stamp(pixels, width, height, stride, px, py, SMALL_DISC, colour);
            }
            if (picked != null && picked[p]) {
                stamp(pixels, width, height, stride, px, py, PICKED_RING, ClusterColours.PICKED_RING);
            }
        }
        return image;
    }

    /** How far from its centre a point's drawing reaches, in pixels: a ringed suspect's red ring, else its disc. */
    static double drawnRadius(ScatterData data, int point) {
        return data.ringed[point] ? SUSPECT_RING_RADIUS : SMALL_DISC_RADIUS;
    }

    /** How opaque each ordinary point is drawn: fully while they are few, less the more there are. */
    static double opacityOfOrdinaryPoints(ScatterData data) {
        int ordinary = 0;
        for (int p = 0; p < data.size(); p++) {
            ordinary += data.suspect[p] || data.ringed[p] ? 0 : 1;
        }
        return ordinary <= OPAQUE_POINTS ? 1 : Math.max(MIN_OPACITY, (double) OPAQUE_POINTS / ordinary);
    }

    private static void fill(byte[] pixels, int width, int height, int stride, int rgb) {
        byte[] line = new byte[stride];
        for (int x = 0; x < width; x++) {
            put(line, 3 * x, rgb);
        }
        for (int y = 0; y < height; y++) {
            System.arraycopy(line, 0, pixels, y * stride, stride);
        }
    }

    private static void stamp(byte[] pixels, int width, int height, int stride, int px, int py, int[][] shape,
            int rgb) {
        int[] dxs = shape[0];
        int[] dys = shape[1];
        for (int i = 0; i < dxs.length; i++) {
            int x = px + dxs[i];
            int y = py + dys[i];
            if (x >= 0 && y >= 0 && x < width && y < height) {
                put(pixels, y * stride + 3 * x, rgb);
            }
        }
    }

    /** Like {@link #stamp}, but mixes the colour into what is drawn already: {@code old + opacity (new - old)}. */
    private static void blend(byte[] pixels, int width, int height, int stride, int px, int py, int[][] shape,
            int rgb, double opacity) {
        int[] dxs = shape[0];
        int[] dys = shape[1];
        for (int i = 0; i < dxs.length; i++) {
            int x = px + dxs[i];
            int y = py + dys[i];
            if (x >= 0 && y >= 0 && x < width && y < height) {
                int offset = y * stride + 3 * x;
                for (int channel = 0; channel < 3; channel++) {
                    int old = pixels[offset + channel] & 0xFF;
                    int target = (rgb >> (16 - 8 * channel)) & 0xFF;
                    pixels[offset + channel] = (byte) Math.round(old + opacity * (target - old));
                }
            }
        }
    }

    // A 24-bit direct palette with these masks keeps red, green and blue in that byte order.
    private static void put(byte[] pixels, int offset, int rgb) {
        pixels[offset] = (byte) (rgb >> 16);
        pixels[offset + 1] = (byte) (rgb >> 8);
        pixels[offset + 2] = (byte) rgb;
    }

    /** The pixel offsets whose centres lie between two radii, as {dx[], dy[]}. */
    private static int[][] disc(double inner, double outer) {
        int reach = (int) Math.ceil(outer);
        int[] dx = new int[(2 * reach + 1) * (2 * reach + 1)];
        int[] dy = new int[dx.length];
        int count = 0;
        for (int y = -reach; y <= reach; y++) {
            for (int x = -reach; x <= reach; x++) {
                double distance = Math.sqrt(x * x + y * y);
                if (distance <= outer && (inner == 0 || distance > inner)) {
                    dx[count] = x;
                    dy[count] = y;
                    count++;
                }
            }
        }
        return new int[][] {Arrays.copyOf(dx, count), Arrays.copyOf(dy, count)};
    }
}
