package org.posescope.cluster.model;

/** Thinning a large set of samples down to a few that still cover all of it. */
final class Subsample {

    private Subsample() {
    }

    /**
     * At most {@code limit} of the samples, taken at even steps through them (so a set in frame order stays spread
     * over the whole video); the samples themselves when there are no more than that.
     */
    static int[] evenlySpread(int[] samples, int limit) {
        if (samples.length <= limit) {
            return samples;
        }
        int[] spread = new int[limit];
        for (int i = 0; i < limit; i++) {
            spread[i] = samples[(int) ((long) i * samples.length / limit)];
        }
        return spread;
    }
}
