package org.posescope.cluster.algorithm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values for an algorithm's parameters, checked against its descriptor. Immutable; {@link #with} gives a copy.
 */
public final class AlgorithmParameters {

    private final AlgorithmDescriptor descriptor;
    private final Map<String, Double> values;

    private AlgorithmParameters(AlgorithmDescriptor descriptor, Map<String, Double> values) {
        this.descriptor = descriptor;
        this.values = Map.copyOf(values);
    }

    static AlgorithmParameters defaults(AlgorithmDescriptor descriptor) {
        Map<String, Double> values = new LinkedHashMap<>();
        descriptor.parameters().forEach(p -> values.put(p.name(), p.defaultValue()));
        return new AlgorithmParameters(descriptor, values);
    }

    public AlgorithmDescriptor descriptor() {
        return descriptor;
    }

    /**
     * A copy with one value changed.
     *
     * @throws IllegalArgumentException with a sentence naming the parameter, when it is unknown or out of range
     */
    public AlgorithmParameters with(String name, double value) {
        ParameterDescriptor parameter = descriptor.parameter(name).orElseThrow(() -> new IllegalArgumentException(
                descriptor.displayName() + " has no parameter named '" + name + "'."));
        if (!parameter.accepts(value)) {
            throw new IllegalArgumentException(descriptor.displayName() + " parameter '" + name + "' must be "
                    + (parameter.type() == ParameterType.INTEGER ? "a whole number " : "") + "between "
                    + parameter.format(parameter.min()) + " and " + parameter.format(parameter.max()) + ", not "
                    + value + ".");
        }
        Map<String, Double> edited = new LinkedHashMap<>(values);
        edited.put(name, value);
        return new AlgorithmParameters(descriptor, edited);
    }

    public double doubleValue(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(descriptor.displayName() + " has no parameter named '" + name + "'.");
        }
        return value;
    }

    public int intValue(String name) {
        return (int) doubleValue(name);
    }

    /** The values in descriptor order, as {@code name=value} separated by commas. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (ParameterDescriptor parameter : descriptor.parameters()) {
            text.append(text.isEmpty() ? "" : ", ").append(parameter.name()).append('=')
                    .append(parameter.format(values.get(parameter.name())));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AlgorithmParameters that && descriptor.id().equals(that.descriptor.id())
                && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return descriptor.id().hashCode() * 31 + values.hashCode();
    }
}
