package org.posescope.cluster.algorithm;

import java.util.List;
import java.util.Optional;

/**
 * Everything a person or a generated user interface needs to know about one algorithm: what it is called, what it
 * computes, where it was published, and its parameters. The preference page and the command-line flags are both
 * generated from it, so an algorithm is described exactly once.
 *
 * @param id a short stable identifier, lower case ({@code lof}); used in preferences and on the command line
 * @param displayName the name shown to users
 * @param help one paragraph: what the algorithm computes and what its score means for a pose
 * @param citation the publication to cite
 * @param clusters whether the algorithm assigns clusters (otherwise every sample is in cluster 0)
 * @param parameters the parameters, in the order to show them
 */
public record AlgorithmDescriptor(String id, String displayName, String help, String citation, boolean clusters,
        List<ParameterDescriptor> parameters) {

    public AlgorithmDescriptor {
        parameters = List.copyOf(parameters);
    }

    public Optional<ParameterDescriptor> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The parameters at their defaults. */
    public AlgorithmParameters defaults() {
        return AlgorithmParameters.defaults(this);
    }
}
