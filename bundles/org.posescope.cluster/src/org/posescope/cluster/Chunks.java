package org.posescope.cluster;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs a per-sample step in parallel, chunk by chunk, reporting progress and checking for cancellation between
 * chunks on the calling thread (progress monitors are not expected to be thread safe).
 */
final class Chunks {

    private static final int CHUNK = 1 << 15;

    private Chunks() {
    }

    /**
     * @param from the fraction of the whole scan done when the step starts
     * @param to the fraction done when it ends
     */
    static void forEach(int count, IntConsumer step, ScanProgress progress, String task, double from, double to) {
        forEach(count, CHUNK, step, progress, task, from, to);
    }

    /**
     * The same in chunks of the given size, for steps slow enough (decoding an image, say) that a few of them
     * should be enough to report progress and to notice a cancellation.
     */
    static void forEach(int count, int chunk, IntConsumer step, ScanProgress progress, String task, double from,
            double to) {
        progress.worked(task, from);
        for (int start = 0; start < count; start += chunk) {
            if (progress.isCanceled()) {
                throw new ScanCanceledException();
            }
            int end = Math.min(count, start + chunk);
            IntStream.range(start, end).parallel().forEach(step);
            progress.worked(task, from + (to - from) * end / count);
        }
    }
}
