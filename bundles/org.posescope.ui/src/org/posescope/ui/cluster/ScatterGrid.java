package org.posescope.ui.cluster;

import java.util.Arrays;

/**
 * A uniform grid over the scatter's data bounds, bucketing points by cell, so that the point under the mouse or
 * the points inside a rectangle are found by visiting a few cells instead of every point.
 */
final class ScatterGrid {

    private static final int POINTS_PER_CELL = 8;

    private final ScatterData data;
    private final int columns;
    private final int rows;
    private final float cellWidth;
    private final float cellHeight;
    private final int[] cellStart;
    private final int[] pointsByCell;

    ScatterGrid(ScatterData data) {
        this.data = data;
        int side = (int) Math.max(1, Math.min(1024, Math.sqrt(data.size() / (double) POINTS_PER_CELL)));
        this.columns = side;
        this.rows = side;
        this.cellWidth = Math.max((data.maxX - data.minX) / columns, Float.MIN_NORMAL);
        this.cellHeight = Math.max((data.maxY - data.minY) / rows, Float.MIN_NORMAL);

        // Counting sort of the points by cell: one pass to count, one to place.
        int[] cellOfPoint = new int[data.size()];
        cellStart = new int[columns * rows + 1];
        for (int p = 0; p < data.size(); p++) {
            cellOfPoint[p] = column(data.x[p]) + columns * row(data.y[p]);
            cellStart[cellOfPoint[p] + 1]++;
        }
        for (int c = 0; c < columns * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] next = Arrays.copyOf(cellStart, cellStart.length - 1);
        pointsByCell = new int[data.size()];
        for (int p = 0; p < data.size(); p++) {
            pointsByCell[next[cellOfPoint[p]]++] = p;
        }
    }

    /** What a query visits: each point whose cell meets the rectangle. */
    interface PointVisitor {
        void visit(int point);
    }

    /** Visits the points in cells meeting the data rectangle; the caller tests each point exactly. */
    void visit(float fromX, float toX, float fromY, float toY, PointVisitor visitor) {
        int firstColumn = column(Math.min(fromX, toX));
        int lastColumn = column(Math.max(fromX, toX));
        int firstRow = row(Math.min(fromY, toY));
        int lastRow = row(Math.max(fromY, toY));
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                int cell = c + columns * r;
                for (int i = cellStart[cell]; i < cellStart[cell + 1]; i++) {
                    visitor.visit(pointsByCell[i]);
                }
            }
        }
    }

    private int column(float x) {
        return Math.max(0, Math.min(columns - 1, (int) ((x - data.minX) / cellWidth)));
    }

    private int row(float y) {
        return Math.max(0, Math.min(rows - 1, (int) ((y - data.minY) / cellHeight)));
    }
}
