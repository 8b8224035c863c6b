package org.posescope.ui.frame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.posescope.ui.frame.Colormaps.Rgb;

/**
 * Draws keypoints and skeleton lines in screen coordinates. Individuals are told apart by marker shape (circle,
 * square, diamond, triangle, cross, in the table's order of individuals), bodyparts by colour, and a legend says
 * which colour is which bodypart.
 */
final class KeypointPainter {

    /** Maps image coordinates to the screen. */
    interface Transform {
        double screenX(double imageX);

        double screenY(double imageY);
    }

    private static final int SHAPES = 5;

    private KeypointPainter() {
    }

    static void paint(GC gc, FrameContent content, Transform transform, int radius, List<FrameKeypoint> selected,
            FrameKeypoint dragged, double dragX, double dragY) {
        Map<String, double[]> screen = new HashMap<>();
        for (FrameKeypoint keypoint : content.keypoints()) {
            boolean isDragged = keypoint.equals(dragged);
            if (keypoint.isLabeled() || isDragged) {
                double x = isDragged ? dragX : keypoint.x();
                double y = isDragged ? dragY : keypoint.y();
                screen.put(keypoint.displayName(), new double[] {transform.screenX(x), transform.screenY(y)});
            }
        }

        gc.setAntialias(SWT.ON);
        gc.setLineWidth(2);
        gc.setAlpha(200);
        for (FrameKeypoint keypoint : content.keypoints()) {
            drawBones(gc, content, keypoint, screen);
        }

        gc.setAlpha(255);
        for (FrameKeypoint keypoint : content.keypoints()) {
            double[] at = screen.get(keypoint.displayName());
            if (at == null) {
                continue;
            }
            int x = (int) Math.round(at[0]);
            int y = (int) Math.round(at[1]);
            if (content.isSuspect(keypoint)) {
                ring(gc, x, y, radius + 6, SWT.COLOR_RED, 3);
            }
            if (selected.contains(keypoint)) {
                ring(gc, x, y, radius + 3, SWT.COLOR_WHITE, 2);
            }
            Rgb rgb = content.colourOf(keypoint);
            Color colour = new Color(rgb.red(), rgb.green(), rgb.blue());
            marker(gc, keypoint.individualIndex() % SHAPES, x, y, radius, colour);
        }
    }

    /**
     * One legend row per bodypart, in the project's order of bodyparts.
     *
     * @param labeled whether any individual has the bodypart labeled in this frame (a hollow dot says it is missing)
     */
    record LegendEntry(String bodypart, int colourIndex, boolean labeled) {
    }

    static List<LegendEntry> legendEntries(FrameContent content) {
        Map<Integer, String> names = new TreeMap<>();
        Map<Integer, Boolean> labeled = new HashMap<>();
        for (FrameKeypoint keypoint : content.keypoints()) {
            names.putIfAbsent(keypoint.colourIndex(), keypoint.bodypart());
            labeled.merge(keypoint.colourIndex(), keypoint.isLabeled(), Boolean::logicalOr);
        }
        return names.entrySet().stream()
                .map(entry -> new LegendEntry(entry.getValue(), entry.getKey(), labeled.get(entry.getKey()))).toList();
    }

    /**
     * Draws the legend in the lower left corner of the area, on a dark translucent box; when the bodyparts do not all
     * fit, the last row says how many more there are.
     */
    static void legend(GC gc, FrameContent content, Rectangle area) {
        List<LegendEntry> entries = legendEntries(content);
        if (entries.isEmpty()) {
            return;
        }
        int line = gc.getFontMetrics().getHeight();
        int fitting = Math.max(1, Math.min(entries.size(), (area.height - 24) / line));
        List<LegendEntry> shown = entries.subList(0, fitting < entries.size() ? fitting - 1 : fitting);
        String more = fitting < entries.size() ? "+" + (entries.size() - shown.size()) + " more" : null;
        int textWidth = shown.stream().mapToInt(entry -> gc.textExtent(entry.bodypart()).x).max().orElse(0);
        int width = Math.max(textWidth, more == null ? 0 : gc.textExtent(more).x) + line + 14;
        int height = (shown.size() + (more == null ? 0 : 1)) * line + 8;
        int left = area.x + 8;
        int top = area.y + area.height - height - 8;

        gc.setAlpha(170);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(left, top, width, height);
        gc.setAlpha(255);
        gc.setLineWidth(2);
        int dot = Math.max(4, line - 8);
        int y = top + 4;
        for (LegendEntry entry : shown) {
            Rgb rgb = content.colourOfIndex(entry.colourIndex());
            Color colour = new Color(rgb.red(), rgb.green(), rgb.blue());
            if (entry.labeled()) {
                gc.setBackground(colour);
                gc.fillOval(left + 6, y + (line - dot) / 2, dot, dot);
            } else {
                gc.setForeground(colour);
                gc.drawOval(left + 6, y + (line - dot) / 2, dot, dot);
            }
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(entry.bodypart(), left + line + 8, y, true);
            y += line;
        }
        if (more != null) {
            gc.drawText(more, left + line + 8, y, true);
        }
    }

    private static void drawBones(GC gc, FrameContent content, FrameKeypoint from, Map<String, double[]> screen) {
        double[] a = screen.get(from.displayName());
        if (a == null) {
            return;
        }
        for (List<String> chain : content.skeleton()) {
            for (int i = 0; i + 1 < chain.size(); i++) {
                // Each bone is drawn once, from its first bodypart to the second, within one individual.
                if (!chain.get(i).equals(from.bodypart())) {
                    continue;
                }
                String other = from.individual().isEmpty() ? chain.get(i + 1)
                        : from.individual() + " " + chain.get(i + 1);
                double[] b = screen.get(other);
                if (b != null) {
                    Rgb rgb = content.colourOf(from);
                    gc.setForeground(new Color(rgb.red(), rgb.green(), rgb.blue()));
                    gc.drawLine((int) a[0], (int) a[1], (int) b[0], (int) b[1]);
                }
            }
        }
    }

    private static void ring(GC gc, int x, int y, int radius, int systemColour, int width) {
        gc.setLineWidth(width);
        gc.setForeground(gc.getDevice().getSystemColor(systemColour));
        gc.drawOval(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    private static void marker(GC gc, int shape, int x, int y, int r, Color colour) {
        gc.setBackground(colour);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.setLineWidth(1);
        switch (shape) {
            case 0 -> {
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.drawOval(x - r, y - r, 2 * r, 2 * r);
            }
            case 1 -> {
                gc.fillRectangle(x - r, y - r, 2 * r, 2 * r);
                gc.drawRectangle(x - r, y - r, 2 * r, 2 * r);
            }
            case 2 -> polygon(gc, new int[] {x, y - r - 1, x + r + 1, y, x, y + r + 1, x - r - 1, y});
            case 3 -> polygon(gc, new int[] {x, y - r - 1, x + r + 1, y + r, x - r - 1, y + r});
            default -> {
                int t = Math.max(2, r / 2);
                polygon(gc, new int[] {x - t, y - r, x + t, y - r, x + t, y - t, x + r, y - t, x + r, y + t, x + t,
                    y + t, x + t, y + r, x - t, y + r, x - t, y + t, x - r, y + t, x - r, y - t, x - t, y - t});
            }
        }
    }

    private static void polygon(GC gc, int[] points) {
        gc.fillPolygon(points);
        gc.drawPolygon(points);
    }
}
