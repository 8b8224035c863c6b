package org.posescope.cli;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.posescope.cluster.FeatureKind;
import org.posescope.cluster.ScanSettings;
import org.posescope.cluster.algorithm.AlgorithmDescriptor;
import org.posescope.cluster.algorithm.AlgorithmParameters;
import org.posescope.cluster.algorithm.Algorithms;
import org.posescope.cluster.algorithm.ParameterDescriptor;
import org.posescope.cluster.algorithm.PoseAlgorithm;

/**
 * Builds scan settings from the command line's flags on top of the defaults, and writes the algorithms' help from
 * their descriptors, so the flags and the preference page describe each algorithm the same way.
 */
final class ScanOptions {

    private ScanOptions() {
    }

    /**
     * @throws IllegalArgumentException with a sentence naming the flag, when a name or value is not accepted
     */
    static ScanSettings settings(String algorithmId, Map<String, String> parameterValues, FeatureKind features) {
        ScanSettings settings = ScanSettings.defaults();
        if (features != null) {
            settings = settings.withFeatures(features);
        }

        AlgorithmParameters algorithm = settings.algorithm();
        if (algorithmId != null && !algorithmId.equals(algorithm.descriptor().id())) {
            algorithm = Algorithms.byId(algorithmId.toLowerCase(Locale.ROOT)).map(PoseAlgorithm::descriptor)
                    .map(AlgorithmDescriptor::defaults)
                    .orElseThrow(() -> new IllegalArgumentException("There is no algorithm named '" + algorithmId
                            + "'; choose one of " + algorithmIds() + "."));
        }
        for (Map.Entry<String, String> entry : parameterValues.entrySet()) {
            algorithm = algorithm.with(entry.getKey(), number(entry.getKey(), entry.getValue()));
        }
        return settings.withAlgorithm(algorithm);
    }

    static ScanReportWriter.Format format(String name) {
        try {
            return ScanReportWriter.Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The output format must be csv or json, not '" + name + "'.", e);
        }
    }

    /** One paragraph per algorithm: its id and name, what it does, its parameters, and the work to cite. */
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
        return help.toString();
    }

    private static String algorithmIds() {
        return Algorithms.descriptors().stream().map(AlgorithmDescriptor::id).collect(Collectors.joining(", "));
    }

    private static double number(String name, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value of parameter '" + name + "' must be a number, not '" + text
                    + "'.", e);
        }
    }
}
