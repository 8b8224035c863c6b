package org.posescope.ui.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scatter with 100,000 points: drawing stays fast, and the grid finds what a full search finds. */
class ScatterCanvasTest {

    private static final int POINTS = 100_000;

    private Shell shell;
    private ScatterCanvas canvas;
    private ScatterData data;
    private int clicked = -1;
    private int[] picked;

    @BeforeEach
    void showPoints() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
        canvas = new ScatterCanvas(shell, new ScatterCanvas.Listener() {
            @Override
            public void sampleClicked(int sample) {
                clicked = sample;
            }

            @Override
            public void samplesPicked(int[] samples) {
                picked = samples;
            }
        });
        shell.open();
        shell.layout(true, true);
        data = ScatterPoints.blobs(POINTS, 7);
        canvas.setData(data, sample -> "sample " + sample);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void manyPointsAreTranslucentSoThatAPileShowsDarkerThanALonePoint() {
        // 3,000 points on one spot and one point alone, all of cluster 0: the lone one is drawn faint.
        int count = 3_001;
        float[] x = new float[count];
        float[] y = new float[count];
        x[count - 1] = 10;
        y[count - 1] = 10;
        ScatterData pile = ScatterData.ofPoints(x, y, new int[count], new boolean[count]);
        ScatterViewport view = new ScatterViewport();
        view.fit(pile, 400, 300);

        ImageData image = ScatterRenderer.render(pile, view, null);

        int colour = ClusterColours.of(0);
        assertEquals(colour, pixel(image, view, 0, 0), "thousands of points deepen to the cluster's colour");
        int lone = pixel(image, view, 10, 10);
        assertNotEquals(colour, lone, "a lone point among thousands is drawn translucent");
        assertTrue(distance(lone, ClusterColours.BACKGROUND) > 0, "but it is drawn");
        assertEquals(1.0, ScatterRenderer.opacityOfOrdinaryPoints(ScatterPoints.blobs(2_000, 7)),
                "a few thousand points are drawn opaque, as before");
    }

    private static int pixel(ImageData image, ScatterViewport view, double x, double y) {
        int px = (int) Math.round(view.toPixelX(x));
        int py = (int) Math.round(view.toPixelY(y));
        int offset = py * image.bytesPerLine + 3 * px;
        return (image.data[offset] & 0xFF) << 16 | (image.data[offset + 1] & 0xFF) << 8 | image.data[offset + 2] & 0xFF;
    }

    private static int distance(int rgb, int other) {
        int sum = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            sum += Math.abs((rgb >> shift & 0xFF) - (other >> shift & 0xFF));
        }
        return sum;
    }

    @Test
    void theGridFindsTheSamePointAsAFullSearch() {
        canvas.viewport().zoomAt(3, 600, 400);
        Random random = new Random(3);
        int hits = 0;
        for (int i = 0; i < 300; i++) {
            int px = random.nextInt(1200);
            int py = random.nextInt(800);
            int expected = pointByFullSearch(px, py);
            int found = canvas.sampleAt(px, py);
            hits += expected >= 0 ? 1 : 0;
            assertEquals(expected, found, "at " + px + "," + py);
        }
        assertTrue(hits > 50, "most probes land near a point: " + hits);
    }

    @Test
    void aClickOnARingedSuspectFindsItEvenWhereAnOrdinaryPointIsNearer() {
        // An ordinary point, then a ringed suspect 5 pixels to its right (a third point far off sets the scale).
        boolean[] suspect = {false, true, false};
        canvas.setData(ScatterData.ofPoints(new float[] {0, 1, 100}, new float[] {0, 0, 100}, new int[3], suspect),
                sample -> "sample " + sample);
        double pixelsPerUnit = canvas.pixelOf(1).x - canvas.pixelOf(0).x;
        canvas.setData(ScatterData.ofPoints(new float[] {0, (float) (5 / pixelsPerUnit), 100},
                new float[] {0, 0, 100}, new int[3], suspect), sample -> "sample " + sample);
        Point ordinary = canvas.pixelOf(0);

        // Two pixels right of the ordinary point, three left of the suspect: inside the suspect's red ring.
        int found = canvas.sampleAt(ordinary.x + 2, ordinary.y);

        assertEquals(1, found, "the suspect is drawn over the ordinary point there, so a click there means it");
    }

    @Test
    void clickingAPointReportsItsSample() {
        canvas.viewport().zoomAt(40, canvas.pixelOf(12_345).x, canvas.pixelOf(12_345).y);
        // A point whose centre no later-drawn suspect's ring covers, so that what is clicked is what is seen.
        int sample = IntStream.range(12_345, POINTS).filter(p -> pointByFullSearch(canvas.pixelOf(p).x,
                canvas.pixelOf(p).y) == p).findFirst().orElseThrow();
        Point at = canvas.pixelOf(sample);

        mouse(SWT.MouseDown, at, 0);
        mouse(SWT.MouseUp, at, 0);

        assertEquals(sample, clicked);
        assertEquals(sample, canvas.selectedSample());
    }

    @Test
    void shiftDraggingPicksThePointsInTheRectangle() {
        Point from = new Point(500, 300);
        Point to = new Point(700, 450);

        mouse(SWT.MouseDown, from, SWT.SHIFT);
        mouse(SWT.MouseMove, to, SWT.SHIFT);
        mouse(SWT.MouseUp, to, SWT.SHIFT);

        int[] expected = IntStream.range(0, POINTS).filter(p -> inside(p, from, to)).toArray();
        assertTrue(expected.length > 100, "the rectangle holds points: " + expected.length);
        assertArrayEquals(expected, picked);
    }

    @Test
    void draggingPansAndTheWheelZoomsAtTheMouse() {
        Point before = canvas.pixelOf(42);
        mouse(SWT.MouseDown, new Point(100, 100), 0);
        mouse(SWT.MouseMove, new Point(130, 90), 0);
        mouse(SWT.MouseUp, new Point(130, 90), 0);
        Point panned = canvas.pixelOf(42);
        assertEquals(before.x + 30, panned.x, 1);
        assertEquals(before.y - 10, panned.y, 1);

        Event wheel = new Event();
        wheel.x = panned.x;
        wheel.y = panned.y;
        wheel.count = 3;
        canvas.notifyListeners(SWT.MouseWheel, wheel);
        Point zoomed = canvas.pixelOf(42);
        assertEquals(panned.x, zoomed.x, 1, "the point under the mouse stays there");
        assertEquals(-1, clicked, "dragging is not clicking");
    }

    private boolean inside(int point, Point from, Point to) {
        ScatterViewport view = canvas.viewport();
        double x = data.x[point];
        double y = data.y[point];
        return x >= (float) view.toDataX(from.x) && x <= (float) view.toDataX(to.x)
                && y >= (float) view.toDataY(to.y) && y <= (float) view.toDataY(from.y);
    }

    /** What a click finds, by looking at every point: the last drawn whose drawing covers it, else the nearest. */
    private int pointByFullSearch(int px, int py) {
        int covering = -1;
        int nearest = -1;
        double nearestDistance = 7 * 7;
        for (int p = 0; p < POINTS; p++) {
            double d = distance(p, px, py);
            double radius = ScatterRenderer.drawnRadius(data, p);
            covering = d <= radius * radius ? p : covering;
            if (d <= nearestDistance) {
                nearestDistance = d;
                nearest = p;
            }
        }
        return covering >= 0 ? covering : nearest;
    }

    private double distance(int sample, int px, int py) {
        ScatterViewport view = canvas.viewport();
        double dx = view.toPixelX(data.x[sample]) - px;
        double dy = view.toPixelY(data.y[sample]) - py;
        return dx * dx + dy * dy;
    }

    private void mouse(int type, Point at, int stateMask) {
        Event event = new Event();
        event.button = 1;
        event.x = at.x;
        event.y = at.y;
        event.stateMask = stateMask;
        canvas.notifyListeners(type, event);
    }
}
