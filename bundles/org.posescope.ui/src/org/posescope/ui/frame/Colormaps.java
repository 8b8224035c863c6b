package org.posescope.ui.frame;

import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * The matplotlib colormaps DeepLabCut projects name in config.yaml ({@code colormap: rainbow}), as colours in
 * 0..255. DeepLabCut gives bodypart {@code i} of {@code n} the colour at {@code i / (n - 1)}; so does
 * {@link #colours}. A name not known here falls back to {@code rainbow}, DeepLabCut's default.
 */
public final class Colormaps {

    /** The colormap used for names this class does not know. */
    public static final String FALLBACK = "rainbow";

    /** An sRGB colour, each channel 0..255. */
    public record Rgb(int red, int green, int blue) {
    }

    // matplotlib's viridis and plasma at 0, 0.1, ..., 1; linear interpolation between stays within a few levels.
    private static final int[] VIRIDIS = {0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884,
        0x44bf70, 0x7ad151, 0xbddf26, 0xfde725};
    private static final int[] PLASMA = {0x0d0887, 0x41049d, 0x6a00a8, 0x8f0da4, 0xb12a90, 0xcc4778, 0xe16462,
        0xf2844b, 0xfca636, 0xfcce25, 0xf0f921};

    private static final Map<String, DoubleFunction<Rgb>> MAPS = Map.of(
            "rainbow", Colormaps::rainbow,
            "jet", Colormaps::jet,
            "hsv", Colormaps::hsv,
            "cool", t -> rgb(t, 1 - t, 1),
            "viridis", t -> sampled(VIRIDIS, t),
            "plasma", t -> sampled(PLASMA, t));

    private Colormaps() {
    }

    /** Whether the name (any case) is a colormap this class draws itself rather than by falling back. */
    public static boolean isKnown(String name) {
        return name != null && MAPS.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The colour at {@code t} in 0..1 (clamped) of the named colormap, or of the fallback. */
    public static Rgb colour(String name, double t) {
        String key = isKnown(name) ? name.toLowerCase(Locale.ROOT) : FALLBACK;
        return MAPS.get(key).apply(Math.max(0, Math.min(1, t)));
    }

    /** {@code count} colours spread over the colormap from one end to the other, as DeepLabCut picks them. */
    public static Rgb[] colours(String name, int count) {
        Rgb[] result = new Rgb[count];
        for (int i = 0; i < count; i++) {
            result[i] = colour(name, count == 1 ? 0 : (double) i / (count - 1));
        }
        return result;
    }

    /** matplotlib's {@code rainbow}: gnuplot functions 33, 13 and 10. */
    private static Rgb rainbow(double t) {
        return rgb(Math.abs(2 * t - 0.5), Math.sin(Math.PI * t), Math.cos(Math.PI / 2 * t));
    }

    /** matplotlib's {@code jet}, from its piecewise-linear segment data. */
    private static Rgb jet(double t) {
        double red = piecewise(t, new double[] {0, 0.35, 0.66, 0.89, 1}, new double[] {0, 0, 1, 1, 0.5});
        double green = piecewise(t, new double[] {0, 0.125, 0.375, 0.64, 0.91, 1}, new double[] {0, 0, 1, 1, 0, 0});
        double blue = piecewise(t, new double[] {0, 0.11, 0.34, 0.65, 1}, new double[] {0.5, 1, 1, 0, 0});
        return rgb(red, green, blue);
    }

    /** matplotlib's {@code hsv}: the hue circle at full saturation and value. */
    private static Rgb hsv(double t) {
        double sector = (t >= 1 ? 0 : t) * 6;
        int index = (int) Math.floor(sector);
        double rising = sector - index;
        double falling = 1 - rising;
        return switch (index) {
            case 0 -> rgb(1, rising, 0);
            case 1 -> rgb(falling, 1, 0);
            case 2 -> rgb(0, 1, rising);
            case 3 -> rgb(0, falling, 1);
            case 4 -> rgb(rising, 0, 1);
            default -> rgb(1, 0, falling);
        };
    }

    private static double piecewise(double t, double[] at, double[] value) {
        for (int i = 1; i < at.length; i++) {
            if (t <= at[i]) {
                double share = (t - at[i - 1]) / (at[i] - at[i - 1]);
                return value[i - 1] + share * (value[i] - value[i - 1]);
            }
        }
        return value[value.length - 1];
    }

    private static Rgb sampled(int[] table, double t) {
        double position = t * (table.length - 1);
        int low = Math.min((int) Math.floor(position), table.length - 2);
        double share = position - low;
        int a = table[low];
        int b = table[low + 1];
        return new Rgb(mix(a >> 16, b >> 16, share), mix(a >> 8, b >> 8, share), mix(a, b, share));
    }

    private static int mix(int a, int b, double share) {
        return (int) Math.round((a & 0xff) + share * ((b & 0xff) - (a & 0xff)));
    }

    private static Rgb rgb(double red, double green, double blue) {
        return new Rgb(channel(red), channel(green), channel(blue));
    }

    private static int channel(double value) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, value)));
    }
}
