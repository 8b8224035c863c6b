package org.posescope.ui.cluster;

/**
 * The colours of the scatter as 0xRRGGBB: one per cluster (cycling through a palette that colour-blind readers
 * can tell apart), grey for noise, red rings for flagged poses.
 */
final class ClusterColours {

    static final int BACKGROUND = 0xFFFFFF;
    static final int SUSPECT_RING = 0xD62728;
    static final int PICKED_RING = 0x000000;
    static final int NOISE = 0x9E9E9E;

    // Okabe-Ito, then a few darker tones, for studies with many clusters.
    private static final int[] PALETTE = {
        0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x000000,
        0x332288, 0x117733, 0x882255, 0x44AA99,
    };

    private ClusterColours() {
    }

    static int of(int cluster) {
        return cluster == ScatterData.NOISE ? NOISE : PALETTE[Math.floorMod(cluster, PALETTE.length)];
    }
}
