package org.posescope.cluster.algorithm;

import java.util.List;
import java.util.Optional;

/** The algorithms a scan can use, in the order to offer them; the default first. */
public final class Algorithms {

    private static final List<PoseAlgorithm> ALL = List.of(new LofAlgorithm(), new KnnOutlierAlgorithm(),
            new LoopAlgorithm(), new IsolationForestAlgorithm(), new KMeansAlgorithm(), new DbscanAlgorithm());

    private Algorithms() {
    }

    public static List<PoseAlgorithm> all() {
        return ALL;
    }

    public static List<AlgorithmDescriptor> descriptors() {
        return ALL.stream().map(PoseAlgorithm::descriptor).toList();
    }

    public static PoseAlgorithm byDefault() {
        return ALL.get(0);
    }

    public static Optional<PoseAlgorithm> byId(String id) {
        return ALL.stream().filter(a -> a.descriptor().id().equals(id)).findFirst();
    }
}
