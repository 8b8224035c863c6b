package org.posescope.ui.cluster;

/**
 * Maps data coordinates to canvas pixels and back: the data bounds fit the canvas (each axis on its own, with a
 * margin), then zoom and pan move a centre point. The y axis points up, as in a plot.
 */
final class ScatterViewport {

    private static final int MARGIN = 24;
    /** Room above the points at fit, so that the legend in the top right corner covers none of them. */
    private static final int TOP_MARGIN = 72;
    private static final double MIN_ZOOM = 0.2;
    private static final double MAX_ZOOM = 10_000;

    private int width = 1;
    private int height = 1;
    private double fitScaleX = 1;
    private double fitScaleY = 1;
    private double centreX;
    private double centreY;
    private double zoom = 1;

    /** Fits the bounds to the canvas and forgets zoom and pan. */
    void fit(ScatterData data, int canvasWidth, int canvasHeight) {
        resize(data, canvasWidth, canvasHeight);
        centreX = (data.minX + data.maxX) / 2.0;
        // The centre sits half the extra top margin below the canvas centre, in data units.
        centreY = (data.minY + data.maxY) / 2.0 + (TOP_MARGIN - MARGIN) / 2.0 / fitScaleY;
        zoom = 1;
    }

    /** Keeps zoom and centre, refits the scale to a new canvas size. */
    void resize(ScatterData data, int canvasWidth, int canvasHeight) {
        width = Math.max(1, canvasWidth);
        height = Math.max(1, canvasHeight);
        double spanX = Math.max(data.maxX - data.minX, 1e-9);
        double spanY = Math.max(data.maxY - data.minY, 1e-9);
        fitScaleX = Math.max(1, width - 2 * MARGIN) / spanX;
        fitScaleY = Math.max(1, height - MARGIN - TOP_MARGIN) / spanY;
    }

    double toPixelX(double x) {
        return width / 2.0 + (x - centreX) * fitScaleX * zoom;
    }

    double toPixelY(double y) {
        return height / 2.0 - (y - centreY) * fitScaleY * zoom;
    }

    double toDataX(double pixelX) {
        return centreX + (pixelX - width / 2.0) / (fitScaleX * zoom);
    }

    double toDataY(double pixelY) {
        return centreY - (pixelY - height / 2.0) / (fitScaleY * zoom);
    }

    /** Data units per pixel along x and y, to turn a pixel radius into a data rectangle. */
    double dataPerPixelX() {
        return 1 / (fitScaleX * zoom);
    }

    double dataPerPixelY() {
        return 1 / (fitScaleY * zoom);
    }

    /** Zooms by {@code factor} keeping the data point under the pixel where it is. */
    void zoomAt(double factor, int pixelX, int pixelY) {
        double anchorX = toDataX(pixelX);
        double anchorY = toDataY(pixelY);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        centreX = anchorX - (pixelX - width / 2.0) / (fitScaleX * zoom);
        centreY = anchorY + (pixelY - height / 2.0) / (fitScaleY * zoom);
    }

    /** Moves the view so that the content follows the mouse by the given pixels. */
    void panBy(int pixelsX, int pixelsY) {
        centreX -= pixelsX / (fitScaleX * zoom);
        centreY += pixelsY / (fitScaleY * zoom);
    }

    /** Centres the view on a data point, keeping the zoom. */
    void centreOn(double x, double y) {
        centreX = x;
        centreY = y;
    }

    boolean isVisible(double x, double y) {
        double px = toPixelX(x);
        double py = toPixelY(y);
        return px >= 0 && py >= 0 && px < width && py < height;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    double zoom() {
        return zoom;
    }
}
