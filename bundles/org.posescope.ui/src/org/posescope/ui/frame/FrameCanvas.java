package org.posescope.ui.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Draws one frame (image, keypoints, skeleton, suspects) with zoom on the mouse wheel and pan by dragging empty
 * space; dragging a keypoint moves it, clicking one selects it (Ctrl or Shift adds a second, for swapping), and
 * in place mode a click puts the chosen bodypart there. Edits are not applied here: the {@link Listener} turns
 * them into undoable operations.
 */
public final class FrameCanvas {

    /** What the canvas reports of the user's gestures. */
    public interface Listener {
        void moved(FrameKeypoint keypoint, double x, double y);

        void placed(double x, double y);

        void selectionChanged(List<FrameKeypoint> selected);
    }

    private static final double ZOOM_STEP = 1.2;
    private static final int HIT_SLOP = 4;

    private final Canvas canvas;
    private final Listener listener;

    private FrameContent content;
    private Image image;
    private String imageProblem;
    private double zoom = 1;
    private double offsetX;
    private double offsetY;
    private double fittedWidth = -1;
    private double fittedHeight = -1;
    private int radius = 5;
    private boolean placing;

    private final List<FrameKeypoint> selected = new ArrayList<>();
    private FrameKeypoint dragged;
    private double dragX;
    private double dragY;
    private Point panFrom;
    private boolean moved;

    public FrameCanvas(Composite parent, Listener listener) {
        this.listener = listener;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.Resize, event -> canvas.redraw());
        canvas.addListener(SWT.Dispose, event -> disposeImage());
    }

    public Canvas control() {
        return canvas;
    }

    /**
     * Shows a frame. The image (already decoded off the UI thread) may be null, with {@code imageProblem} saying
     * why; the keypoints are drawn either way. The view keeps its zoom while frames keep their size.
     */
    public void show(FrameContent newContent, ImageData imageData, String newImageProblem) {
        disposeImage();
        content = newContent;
        image = imageData == null ? null : new Image(canvas.getDisplay(), imageData);
        imageProblem = newImageProblem;
        selected.clear();
        double width = width();
        double height = height();
        if (width != fittedWidth || height != fittedHeight) {
            fit();
        }
        canvas.redraw();
    }

    /** Replaces the keypoints of the frame shown (after an edit), keeping image, zoom and selection. */
    public void update(FrameContent newContent) {
        List<FrameKeypoint> keep = new ArrayList<>();
        for (FrameKeypoint old : selected) {
            newContent.keypoints().stream().filter(k -> sameKeypoint(k, old)).findFirst().ifPresent(keep::add);
        }
        selected.clear();
        selected.addAll(keep);
        content = newContent;
        canvas.redraw();
    }

    public FrameContent content() {
        return content;
    }

    public List<FrameKeypoint> selection() {
        return List.copyOf(selected);
    }

    /** In place mode, a click reports {@link Listener#placed} instead of selecting. */
    public void setPlacing(boolean placing) {
        this.placing = placing;
        canvas.setCursor(placing ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS) : null);
    }

    public void setMarkerRadius(int radius) {
        this.radius = Math.max(2, radius);
        canvas.redraw();
    }

    /** Fits the whole frame into the canvas. */
    public void fit() {
        Rectangle area = canvas.getClientArea();
        double width = width();
        double height = height();
        fittedWidth = width;
        fittedHeight = height;
        if (area.width <= 0 || area.height <= 0) {
            fittedWidth = -1;
            return;
        }
        zoom = Math.min(area.width / width, area.height / height);
        offsetX = (area.width - width * zoom) / 2;
        offsetY = (area.height - height * zoom) / 2;
        canvas.redraw();
    }

    public double zoom() {
        return zoom;
    }

    /** The image coordinates under a point of the canvas. */
    public double[] toImage(int screenX, int screenY) {
        return new double[] {(screenX - offsetX) / zoom, (screenY - offsetY) / zoom};
    }

    /** The canvas point showing image coordinates. */
    public Point toScreen(double x, double y) {
        return new Point((int) Math.round(x * zoom + offsetX), (int) Math.round(y * zoom + offsetY));
    }

    /** The labeled keypoint under a canvas point, or null. */
    public FrameKeypoint keypointAt(int screenX, int screenY) {
        if (content == null) {
            return null;
        }
        FrameKeypoint nearest = null;
        double best = radius + HIT_SLOP;
        for (FrameKeypoint keypoint : content.keypoints()) {
            if (keypoint.isLabeled()) {
                double distance = Math.hypot(keypoint.x() * zoom + offsetX - screenX,
                        keypoint.y() * zoom + offsetY - screenY);
                if (distance <= best) {
                    best = distance;
                    nearest = keypoint;
                }
            }
        }
        return nearest;
    }

    private double width() {
        return image != null ? image.getBounds().width : content == null ? 640 : content.extentWidth();
    }

    private double height() {
        return image != null ? image.getBounds().height : content == null ? 480 : content.extentHeight();
    }

    private void paint(Event event) {
        GC gc = event.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.fillRectangle(area);
        if (content == null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.drawText("Select a label file or a sample to see its frame.", 10, 10, true);
            return;
        }
        if (fittedWidth < 0) {
            fit();
        }

        Point origin = toScreen(0, 0);
        int shownWidth = (int) Math.round(width() * zoom);
        int shownHeight = (int) Math.round(height() * zoom);
        if (image != null) {
            gc.setInterpolation(zoom >= 2 ? SWT.NONE : SWT.HIGH);
            Rectangle bounds = image.getBounds();
            gc.drawImage(image, 0, 0, bounds.width, bounds.height, origin.x, origin.y, shownWidth, shownHeight);
        } else {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(origin.x, origin.y, shownWidth, shownHeight);
        }

        KeypointPainter.paint(gc, content, new KeypointPainter.Transform() {
            @Override
            public double screenX(double x) {
                return x * zoom + offsetX;
            }

            @Override
            public double screenY(double y) {
                return y * zoom + offsetY;
            }
        }, radius, selected, dragged, dragX, dragY);
        KeypointPainter.legend(gc, content, area);

        if (imageProblem != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            String lines = wrap(imageProblem, Math.max(80, area.width - 16), text -> gc.textExtent(text).x);
            gc.drawText(lines, 8, 8, SWT.DRAW_DELIMITER);
        }
    }

    /** The text broken at spaces into lines no wider than {@code width} (a single long word keeps its line). */
    static String wrap(String text, int width, ToIntFunction<String> measure) {
        StringBuilder wrapped = new StringBuilder();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.applyAsInt(longer) > width) {
                wrapped.append(line).append('\n');
                line = word;
            } else {
                line = longer;
            }
        }
        return wrapped.append(line).toString();
    }

    private void wheel(Event event) {
        if (content == null || event.count == 0) {
            return;
        }
        double factor = event.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP;
        double[] anchor = toImage(event.x, event.y);
        zoom = Math.max(0.02, Math.min(64, zoom * factor));
        offsetX = event.x - anchor[0] * zoom;
        offsetY = event.y - anchor[1] * zoom;
        canvas.redraw();
    }

    private void mouseDown(Event event) {
        if (content == null) {
            return;
        }
        canvas.setFocus();
        moved = false;
        FrameKeypoint hit = keypointAt(event.x, event.y);
        if (event.button == 1 && placing) {
            double[] at = toImage(event.x, event.y);
            listener.placed(at[0], at[1]);
            return;
        }
        if (event.button == 1 && hit != null) {
            boolean adding = (event.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
            if (!adding) {
                selected.clear();
            }
            if (!selected.contains(hit)) {
                selected.add(hit);
                while (selected.size() > 2) {
                    selected.remove(0);
                }
            }
            listener.selectionChanged(selection());
            dragged = hit;
            dragX = hit.x();
            dragY = hit.y();
            canvas.redraw();
            return;
        }
        panFrom = new Point(event.x, event.y);
    }

    private void mouseMove(Event event) {
        if (content == null) {
            return;
        }
        if (dragged != null) {
            double[] at = toImage(event.x, event.y);
            moved = moved || Math.hypot(at[0] - dragged.x(), at[1] - dragged.y()) * zoom > 2;
            dragX = at[0];
            dragY = at[1];
            canvas.redraw();
            return;
        }
        if (panFrom != null) {
            offsetX += event.x - panFrom.x;
            offsetY += event.y - panFrom.y;
            panFrom = new Point(event.x, event.y);
            moved = true;
            canvas.redraw();
            return;
        }
        FrameKeypoint hover = keypointAt(event.x, event.y);
        String tip = hover == null ? null : String.format(Locale.ROOT, "%s  (%.1f, %.1f)%s", hover.displayName(),
                hover.x(), hover.y(), content.isSuspect(hover) ? "  - suspect" : "");
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    private void mouseUp(Event event) {
        if (dragged != null) {
            FrameKeypoint keypoint = dragged;
            dragged = null;
            if (moved) {
                listener.moved(keypoint, dragX, dragY);
            }
            canvas.redraw();
        } else if (panFrom != null && !moved && event.button == 1 && !selected.isEmpty()) {
            selected.clear();
            listener.selectionChanged(selection());
            canvas.redraw();
        }
        panFrom = null;
    }

    private static boolean sameKeypoint(FrameKeypoint a, FrameKeypoint b) {
        return a.individual().equals(b.individual()) && a.bodypart().equals(b.bodypart());
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
