package org.posescope.ui.workbench;

import java.util.Objects;

/**
 * Samples of one scan picked together (a rectangle drawn in the cluster view), posted on
 * {@link PoseScopeEvents#SAMPLES_PICKED}; the outlier list then shows only them. An empty group shows all again.
 *
 * @param outcome the scan the samples belong to
 * @param sampleIndices indices into {@code outcome.result()}, ascending; the receiver must not change them
 * @param origin the part that picked them
 */
public record SampleGroup(ScanOutcome outcome, int[] sampleIndices, Object origin) {

    public SampleGroup {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(sampleIndices, "sampleIndices");
        Objects.requireNonNull(origin, "origin");
    }

    public boolean isEmpty() {
        return sampleIndices.length == 0;
    }
}
