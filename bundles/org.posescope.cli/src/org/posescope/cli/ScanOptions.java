package org.posescope.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.posescope.cluster.FeatureKind;
import org.posescope.cluster.ScanPreferences;
import org.posescope.cluster.ScanSettings;
import org.posescope.cluster.algorithm.AlgorithmDescriptor;
import org.posescope.cluster.algorithm.Algorithms;
import org.posescope.cluster.algorithm.ParameterDescriptor;
import org.posescope.labels.csv.PythonFloatFormat;

/**
 * Builds scan settings from the command line's flags on top of the workbench's stored preferences (the same keys,
 * {@link ScanPreferences}), and writes the algorithms' help from their descriptors, so the flags and the preference
 * page describe each algorithm the same way.
 */
final class ScanOptions {

    private ScanOptions() {
    }

    /**
     * The values to scan with: those stored by the workbench's preference page (the same keys), overridden by the
     * flags. Mirror pairs stay per project, so the settings themselves come from {@link #settings(Map, Path)}.
     *
     * @throws IllegalArgumentException with a sentence naming the flag, when a name or value is not accepted
     */
    static Map<String, String> values(Map<String, String> stored, String algorithmId,
            Map<String, String> parameterValues, FeatureKind features) {
        Map<String, String> values = new HashMap<>(stored);
        if (algorithmId != null) {
            String id = algorithmId.toLowerCase(Locale.ROOT);
            if (Algorithms.byId(id).isEmpty()) {
                throw new IllegalArgumentException("There is no algorithm named '" + algorithmId + "'; choose one of "
                        + algorithmIds() + ".");
            }
            values.put(ScanPreferences.ALGORITHM, id);
        }
        if (features != null) {
            values.put(ScanPreferences.FEATURES, features.name());
        }

        AlgorithmDescriptor algorithm = ScanPreferences.algorithm(values.getOrDefault(ScanPreferences.ALGORITHM,
                Algorithms.byDefault().descriptor().id()));
        for (Map.Entry<String, String> entry : parameterValues.entrySet()) {
            if (algorithm.parameter(entry.getKey()).isEmpty()) {
                throw new IllegalArgumentException(algorithm.displayName() + " has no parameter named '"
                        + entry.getKey() + "'; it has " + parameterNames(algorithm) + ".");
            }
            values.put(ScanPreferences.parameterKey(algorithm.id(), entry.getKey()), entry.getValue());
        }

        // Refuse a bad value now, with its sentence, rather than after reading the first file.
        ScanPreferences.fromMap(values);
        return values;
    }

    /** The settings for a file of the project at {@code projectRoot} (null outside a project). */
    static ScanSettings settings(Map<String, String> values, Path projectRoot) {
        return ScanPreferences.fromMap(values, projectRoot);
    }

    static ScanReportWriter.Format format(String name) {
        try {
            return ScanReportWriter.Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The output format must be csv or json, not '" + name + "'.", e);
        }
    }

    /**
     * One paragraph per algorithm (its id and name, what it does, its parameters, the work to cite), then what the
     * report's score column holds, since it is not the algorithm's own score that the paragraphs describe.
     */
    static String algorithmHelp() {
        StringBuilder help = new StringBuilder();
        for (AlgorithmDescriptor descriptor : Algorithms.descriptors()) {
            help.append("  ").append(descriptor.id()).append(": ").append(descriptor.displayName()).append('\n');
            help.append("      ").append(descriptor.help()).append('\n');
            for (ParameterDescriptor parameter : descriptor.parameters()) {
                help.append("      ").append(parameter.name()).append(" (default ")
                        .append(parameter.format(parameter.defaultValue())).append(", ")
                        .append(parameter.format(parameter.min())).append(" to ")
                        .append(parameter.format(parameter.max())).append("): ").append(parameter.help())
                        .append('\n');
            }
            help.append("      Reference: ").append(descriptor.citation()).append('\n');
        }
        help.append('\n').append(scoreColumnHelp());
        return help.toString();
    }

    /** What the score column holds; the weighting is the one described in the class comment of Scanner. */
    static String scoreColumnHelp() {
        String weight = PythonFloatFormat.repr(ScanSettings.DEFAULT_ALGORITHM_WEIGHT);
        return "The report's score column is not the algorithm's own score described above. It is the combined"
                + " suspicion of a pose: how far the pose is from what the keypoint model expects, in nats (the"
                + " negative log probability of the best single fix, 0 for a pose the model cannot judge; where the"
                + " frame images are on disk, a keypoint's distance from where the rest of the pose puts it is"
                + " combined with how unlike its other labels the image under it looks), plus "
                + weight + " times the robust z-score of the algorithm's score (its distance above the median of all"
                + " poses in units of 1.4826 median absolute deviations, counted from 0 and capped at 10). Higher"
                + " means more likely a mistake.\n";
    }

    private static String parameterNames(AlgorithmDescriptor algorithm) {
        return algorithm.parameters().isEmpty() ? "none"
                : algorithm.parameters().stream().map(ParameterDescriptor::name).collect(Collectors.joining(", "));
    }

    private static String algorithmIds() {
        return Algorithms.descriptors().stream().map(AlgorithmDescriptor::id).collect(Collectors.joining(", "));
    }

}
