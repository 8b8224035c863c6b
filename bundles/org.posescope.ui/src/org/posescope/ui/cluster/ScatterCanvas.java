package org.posescope.ui.cluster;

import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The scatter of a scan's projection on a canvas of our own: wheel zooms at the mouse, dragging pans, shift-drag
 * picks the points in a rectangle, a click selects the nearest point, a double click on empty space fits the
 * view. The points are drawn into one image per change of view ({@link ScatterRenderer}); paint events only copy
 * it and draw the overlays (selection, hover box, rectangle, legend).
 */
final class ScatterCanvas extends Canvas {

    /** Hears what the user selects; sample indices refer to the scan shown. */
    interface Listener {
        void sampleClicked(int sample);

        /** @param samples ascending sample indices, empty when the rectangle held none */
        void samplesPicked(int[] samples);
    }

    private static final int CLICK_SLOP = 3;
    private static final int HIT_RADIUS = 7;
    private static final double WHEEL_STEP = 1.2;

    private final ScatterViewport view = new ScatterViewport();
    private final Listener listener;
    private ScatterData data;
    private ScatterGrid grid;
    private IntFunction<String> describe = sample -> "";
    private boolean[] picked;
    private int selectedSample = -1;
    private int hoverPoint = -1;
    private Image image;
    private boolean imageStale = true;
    private long lastRenderNanos;

    private Point pressedAt;
    private Point lastDragAt;
    private boolean picking;
    private boolean dragged;

    ScatterCanvas(Composite parent, Listener listener) {
        super(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
        this.listener = listener;
        addListener(SWT.Paint, event -> paint(event.gc));
        addListener(SWT.Resize, event -> resized());
        addListener(SWT.MouseWheel, this::wheel);
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, this::doubleClick);
        addListener(SWT.MouseExit, event -> hover(-1));
        addListener(SWT.Dispose, event -> disposeImage());
    }

    /**
     * Shows new points and fits the view to them.
     *
     * @param description the hover text of a sample (frame, individual, score, reason)
     */
    void setData(ScatterData newData, IntFunction<String> description) {
        checkWidget();
        data = newData;
        grid = newData == null ? null : new ScatterGrid(newData);
        describe = description;
        picked = null;
        selectedSample = -1;
        hoverPoint = -1;
        fitView();
    }

    ScatterData data() {
        return data;
    }

    /** Marks a sample selected elsewhere, bringing it into view if it is outside; -1 clears. */
    void setSelectedSample(int sample) {
        checkWidget();
        selectedSample = sample;
        int point = pointOf(sample);
        if (point >= 0 && !view.isVisible(data.x[point], data.y[point])) {
            view.centreOn(data.x[point], data.y[point]);
            imageStale = true;
        }
        redraw();
    }

    int selectedSample() {
        return selectedSample;
    }

    /** Rings the given samples; null or empty clears. */
    void setPicked(int[] samples) {
        checkWidget();
        if (data == null) {
            return;
        }
        picked = samples == null || samples.length == 0 ? null : new boolean[data.size()];
        if (picked != null) {
            for (int sample : samples) {
                int point = pointOf(sample);
                if (point >= 0) {
                    picked[point] = true;
                }
            }
        }
        imageStale = true;
        redraw();
    }

    void fitView() {
        if (data != null) {
            Rectangle area = getClientArea();
            view.fit(data, area.width, area.height);
        }
        imageStale = true;
        redraw();
    }

    /** The canvas pixel where a sample is drawn, or null when it is not drawn; for tests and benchmarks. */
    Point pixelOf(int sample) {
        int point = pointOf(sample);
        return point < 0 ? null : new Point((int) Math.round(view.toPixelX(data.x[point])),
                (int) Math.round(view.toPixelY(data.y[point])));
    }

    /** The sample drawn nearest to a pixel, within the hit radius, or -1. */
    int sampleAt(int pixelX, int pixelY) {
        int point = pointAt(pixelX, pixelY);
        return point < 0 ? -1 : data.sampleOfPoint[point];
    }

    /** Redraws the points image now and says how long it took, for the benchmark. */
    long renderNow() {
        imageStale = true;
        renderIfStale();
        return lastRenderNanos;
    }

    ScatterViewport viewport() {
        return view;
    }

    private int pointOf(int sample) {
        return data == null || sample < 0 || sample >= data.pointOfSample.length ? -1 : data.pointOfSample[sample];
    }

    private int pointAt(int pixelX, int pixelY) {
        if (grid == null) {
            return -1;
        }
        double dataX = view.toDataX(pixelX);
        double dataY = view.toDataY(pixelY);
        float reachX = (float) (HIT_RADIUS * view.dataPerPixelX());
        float reachY = (float) (HIT_RADIUS * view.dataPerPixelY());
        // What the user sees at the pixel wins: the last drawn (most suspect) point whose disc covers it, else the
        // nearest point within the hit radius. A ringed suspect's large disc hides the ordinary points beneath it.
        int[] topCovering = {-1};
        int[] nearest = {-1};
        double[] nearestDistance = {HIT_RADIUS * HIT_RADIUS};
        grid.visit((float) dataX - reachX, (float) dataX + reachX, (float) dataY - reachY, (float) dataY + reachY,
                point -> {
                    double dx = view.toPixelX(data.x[point]) - pixelX;
                    double dy = view.toPixelY(data.y[point]) - pixelY;
                    double distance = dx * dx + dy * dy;
                    double drawnRadius = ScatterRenderer.drawnRadius(data, point);
                    if (distance <= drawnRadius * drawnRadius && point > topCovering[0]) {
                        topCovering[0] = point;
                    }
                    if (distance < nearestDistance[0] || distance == nearestDistance[0] && point > nearest[0]) {
                        nearestDistance[0] = distance;
                        nearest[0] = point;
                    }
                });
        return topCovering[0] >= 0 ? topCovering[0] : nearest[0];
    }

    private int[] samplesIn(Rectangle pixels) {
        if (grid == null) {
            return new int[0];
        }
        float fromX = (float) view.toDataX(pixels.x);
        float toX = (float) view.toDataX(pixels.x + pixels.width);
        float fromY = (float) view.toDataY(pixels.y + pixels.height);
        float toY = (float) view.toDataY(pixels.y);
        java.util.BitSet inside = new java.util.BitSet(data.pointOfSample.length);
        grid.visit(fromX, toX, fromY, toY, point -> {
            if (data.x[point] >= fromX && data.x[point] <= toX && data.y[point] >= fromY && data.y[point] <= toY) {
                inside.set(data.sampleOfPoint[point]);
            }
        });
        return inside.stream().toArray();
    }

    private void resized() {
        if (data != null) {
            Rectangle area = getClientArea();
            view.resize(data, area.width, area.height);
        }
        imageStale = true;
    }

    private void wheel(Event event) {
        if (data == null || event.count == 0) {
            return;
        }
        view.zoomAt(event.count > 0 ? WHEEL_STEP : 1 / WHEEL_STEP, event.x, event.y);
        imageStale = true;
        redraw();
    }

    private void mouseDown(Event event) {
        if (event.button != 1) {
            return;
        }
        pressedAt = new Point(event.x, event.y);
        lastDragAt = pressedAt;
        picking = (event.stateMask & SWT.SHIFT) != 0;
        dragged = false;
    }

    private void mouseMove(Event event) {
        if (pressedAt == null) {
            hover(pointAt(event.x, event.y));
            return;
        }
        dragged |= Math.abs(event.x - pressedAt.x) > CLICK_SLOP || Math.abs(event.y - pressedAt.y) > CLICK_SLOP;
        if (dragged && !picking) {
            view.panBy(event.x - lastDragAt.x, event.y - lastDragAt.y);
            imageStale = true;
        }
        lastDragAt = new Point(event.x, event.y);
        hoverPoint = -1;
        redraw();
    }

    private void mouseUp(Event event) {
        if (pressedAt == null || event.button != 1) {
            return;
        }
        Point start = pressedAt;
        pressedAt = null;
        if (picking && dragged) {
            int[] samples = samplesIn(rectangle(start, new Point(event.x, event.y)));
            setPicked(samples);
            listener.samplesPicked(samples);
        } else if (!dragged) {
            int point = pointAt(event.x, event.y);
            if (point >= 0) {
                selectedSample = data.sampleOfPoint[point];
                redraw();
                listener.sampleClicked(selectedSample);
            }
        }
        picking = false;
        redraw();
    }

    private void doubleClick(Event event) {
        if (pointAt(event.x, event.y) < 0) {
            fitView();
        }
    }

    private void hover(int point) {
        if (point != hoverPoint) {
            hoverPoint = point;
            redraw();
        }
    }

    private static Rectangle rectangle(Point a, Point b) {
        return new Rectangle(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(a.x - b.x), Math.abs(a.y - b.y));
    }

    private void renderIfStale() {
        Rectangle area = getClientArea();
        if (!imageStale && image != null && image.getBounds().width == area.width
                && image.getBounds().height == area.height) {
            return;
        }
        long started = System.nanoTime();
        disposeImage();
        if (data != null && area.width > 0 && area.height > 0) {
            view.resize(data, area.width, area.height);
            image = new Image(getDisplay(), ScatterRenderer.render(data, view, picked));
        }
        imageStale = false;
        lastRenderNanos = System.nanoTime() - started;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        renderIfStale();
        if (image == null) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(area);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText("Select a label file, a labeled video or a project in Projects to scan it.", 12, 12, true);
            return;
        }
        gc.drawImage(image, 0, 0);
        ScatterOverlay overlay = new ScatterOverlay(gc, getDisplay());
        Point selected = pixelOf(selectedSample);
        if (selected != null) {
            overlay.selection(selected);
        }
        if (pressedAt != null && picking && dragged) {
            overlay.rubberBand(rectangle(pressedAt, lastDragAt));
        }
        overlay.axes(area);
        overlay.legend(data, area);
        if (hoverPoint >= 0) {
            int sample = data.sampleOfPoint[hoverPoint];
            overlay.hoverBox(pixelOf(sample), describe.apply(sample), area);
        }
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
