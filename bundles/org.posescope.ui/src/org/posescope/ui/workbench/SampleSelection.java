package org.posescope.ui.workbench;

import java.util.Objects;

import org.posescope.cluster.SampleResult;

/**
 * One sample (a frame and individual) of a scan, selected in any part. Parts post it on
 * {@link PoseScopeEvents#SAMPLE_SELECTED} and follow it there; {@code origin} lets the part that posted it ignore
 * its own echo.
 *
 * @param outcome the scan the sample belongs to
 * @param sampleIndex the sample's index in {@code outcome.result()}
 * @param origin the part (or handler) that made the selection
 */
public record SampleSelection(ScanOutcome outcome, int sampleIndex, Object origin) {

    public SampleSelection {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(origin, "origin");
    }

    public SampleResult sample() {
        return outcome.result().sample(sampleIndex);
    }
}
