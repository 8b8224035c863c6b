package org.posescope.ui.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Draws what sits on top of the points image during a paint: the selected point's marker, the picking
 * rectangle, the legend and the hover box. Few shapes, so a GC is fast enough here.
 */
final class ScatterOverlay {

    private static final int PAD = 6;
    private static final int SWATCH = 10;

    private final GC gc;
    private final Display display;

    ScatterOverlay(GC gc, Display display) {
        this.gc = gc;
        this.display = display;
        gc.setAntialias(SWT.ON);
    }

    void selection(Point at) {
        gc.setLineWidth(2);
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.drawOval(at.x - 9, at.y - 9, 18, 18);
        gc.drawLine(at.x - 15, at.y, at.x - 10, at.y);
        gc.drawLine(at.x + 10, at.y, at.x + 15, at.y);
        gc.drawLine(at.x, at.y - 15, at.x, at.y - 10);
        gc.drawLine(at.x, at.y + 10, at.x, at.y + 15);
        gc.setLineWidth(1);
    }

    void rubberBand(Rectangle band) {
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRectangle(band);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    /** Cluster colours with their sizes, the flagged marker, and how many poses are not drawn; top right. */
    void legend(ScatterData data, Rectangle area) {
        List<String> texts = new ArrayList<>();
        List<Integer> colours = new ArrayList<>();
        Map<Integer, Integer> sizes = data.clusterSizes();
        boolean clustered = sizes.size() > 1 || !sizes.containsKey(0);
        for (Map.Entry<Integer, Integer> entry : sizes.entrySet()) {
            String name = entry.getKey() == ScatterData.NOISE ? "noise" : clustered ? "cluster " + entry.getKey()
                    : "poses (not clustered)";
            texts.add(name + "  " + entry.getValue());
            colours.add(ClusterColours.of(entry.getKey()));
        }
        int ringed = data.ringedCount();
        int flagged = data.suspectCount();
        texts.add(ringed < flagged ? "most suspect (ringed)  " + ringed : "flagged  " + flagged);
        colours.add(-1);
        if (ringed < flagged) {
            texts.add("other flagged  " + (flagged - ringed));
            colours.add(ClusterColours.SUSPECT_RING);
        }
        if (data.leftOut() > 0) {
            texts.add("not drawn (too few keypoints)  " + data.leftOut());
            colours.add(-2);
        }

        int lineHeight = gc.getFontMetrics().getHeight() + 2;
        int textWidth = texts.stream().mapToInt(text -> gc.textExtent(text).x).max().orElse(0);
        int boxWidth = textWidth + SWATCH + 3 * PAD;
        int boxHeight = texts.size() * lineHeight + PAD;
        int left = area.width - boxWidth - PAD;
        int top = PAD;
        gc.setAlpha(225);
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRoundRectangle(left, top, boxWidth, boxHeight, 6, 6);
        gc.setAlpha(255);
        gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
        gc.drawRoundRectangle(left, top, boxWidth, boxHeight, 6, 6);

        for (int i = 0; i < texts.size(); i++) {
            int y = top + PAD / 2 + i * lineHeight;
            int swatchY = y + (lineHeight - SWATCH) / 2;
            swatch(colours.get(i), left + PAD, swatchY);
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(texts.get(i), left + 2 * PAD + SWATCH, y, true);
        }
    }

    /** Names the axes: the first two principal components of the scan's features. */
    void axes(Rectangle area) {
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        String horizontal = "principal component 1 \u2192";
        Point extent = gc.textExtent(horizontal);
        gc.drawText(horizontal, area.width - extent.x - PAD, area.height - extent.y - PAD / 2, true);
        gc.drawText("\u2191 principal component 2", PAD, PAD / 2, true);
    }

    /** A box beside the hovered point, kept inside the canvas. */
    void hoverBox(Point at, String text, Rectangle area) {
        if (at == null || text.isEmpty()) {
            return;
        }
        Point extent = gc.textExtent(text, SWT.DRAW_DELIMITER);
        int width = extent.x + 2 * PAD;
        int height = extent.y + 2 * PAD;
        int x = at.x + 12 + width > area.width ? at.x - 12 - width : at.x + 12;
        int y = Math.max(0, Math.min(area.height - height, at.y + 12));
        gc.setBackground(display.getSystemColor(SWT.COLOR_INFO_BACKGROUND));
        gc.fillRectangle(x, y, width, height);
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(x, y, width, height);
        gc.setForeground(display.getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        gc.drawText(text, x + PAD, y + PAD, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
    }

    private void swatch(int rgb, int x, int y) {
        if (rgb == -2) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
            gc.drawLine(x, y + SWATCH / 2, x + SWATCH, y + SWATCH / 2);
            return;
        }
        if (rgb == -1) {
            Color ring = new Color(rgb(ClusterColours.SUSPECT_RING));
            gc.setForeground(ring);
            gc.setLineWidth(2);
            gc.drawOval(x, y, SWATCH, SWATCH);
            gc.setLineWidth(1);
            return;
        }
        gc.setBackground(new Color(rgb(rgb)));
        gc.fillOval(x + 1, y + 1, SWATCH - 2, SWATCH - 2);
    }

    private static RGB rgb(int value) {
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }
}
