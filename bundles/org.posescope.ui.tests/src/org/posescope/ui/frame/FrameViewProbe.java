package org.posescope.ui.frame;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.posescope.ui.workbench.SampleSelection;

/** Reaches the frame view's package-private parts from the cluster view's benchmark. */
public final class FrameViewProbe {

    private static final long TIMEOUT_NANOS = 10_000_000_000L;

    private FrameViewProbe() {
    }

    public static Class<FrameViewPart> partClass() {
        return FrameViewPart.class;
    }

    public static void sampleSelected(Object part, SampleSelection selection) {
        ((FrameViewPart) part).sampleSelected(selection);
    }

    /**
     * Runs the event loop until the frame view shows {@code sample} and has painted it.
     *
     * @return {@link System#nanoTime()} at the end of that paint
     */
    public static long awaitPaint(Object part, int sample, Display display) {
        FrameViewPart frame = (FrameViewPart) part;
        long[] painted = {0};
        var canvas = frame.canvas().control();
        org.eclipse.swt.widgets.Listener listener = event -> {
            FrameViewPart.Shown shown = frame.shown();
            if (shown != null && shown.sample() != null && shown.sample().sampleIndex() == sample) {
                painted[0] = System.nanoTime();
            }
        };
        canvas.addListener(SWT.Paint, listener);
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        try {
            while (painted[0] == 0 && System.nanoTime() < deadline) {
                if (!display.readAndDispatch()) {
                    display.timerExec(5, () -> { });
                    display.sleep();
                }
            }
        } finally {
            canvas.removeListener(SWT.Paint, listener);
        }
        if (painted[0] == 0) {
            throw new IllegalStateException("The frame view did not paint sample " + sample + " within 10 s.");
        }
        return painted[0];
    }
}
