package org.posescope.cluster.algorithm;

import java.util.Locale;
import java.util.Objects;

/**
 * One parameter of an algorithm, described once for the preference page, the command line and the docs.
 *
 * @param name the key, lower camel case ({@code minPts}); the command-line flag is derived from it
 * @param displayName the label shown in the preference page
 * @param type integer or double
 * @param defaultValue the default
 * @param min the smallest allowed value
 * @param max the largest allowed value
 * @param help one line saying what the parameter does
 */
public record ParameterDescriptor(String name, String displayName, ParameterType type, double defaultValue,
        double min, double max, String help) {

    public ParameterDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(help, "help");
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("default of " + name + " outside [" + min + ", " + max + "]");
        }
    }

    public static ParameterDescriptor integer(String name, String displayName, int defaultValue, int min, int max,
            String help) {
        return new ParameterDescriptor(name, displayName, ParameterType.INTEGER, defaultValue, min, max, help);
    }

    public static ParameterDescriptor real(String name, String displayName, double defaultValue, double min,
            double max, String help) {
        return new ParameterDescriptor(name, displayName, ParameterType.DOUBLE, defaultValue, min, max, help);
    }

    /**
     * The command-line flag for this parameter of the given algorithm, such as {@code --lof-k} or
     * {@code --dbscan-min-pts}.
     */
    public String flag(String algorithmId) {
        return "--" + algorithmId + "-" + name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Whether the value is allowed: within range, and whole for integer parameters. */
    public boolean accepts(double value) {
        return value >= min && value <= max && (type == ParameterType.DOUBLE || value == Math.rint(value));
    }

    /** The value written as a user would type it. */
    public String format(double value) {
        return type == ParameterType.INTEGER ? Long.toString((long) value) : Double.toString(value);
    }
}
