package org.posescope.ui.outliers;

/** The columns of the outlier list, with their headers and widths in characters. */
enum OutlierColumn {
    RANK("Rank", 6),
    FRAME("Frame", 26),
    INDIVIDUAL("Individual", 11),
    SCORE("Score", 8),
    CLUSTER("Cluster", 7),
    REASON("Reason", 40);

    final String header;
    final int widthInChars;

    OutlierColumn(String header, int widthInChars) {
        this.header = header;
        this.widthInChars = widthInChars;
    }
}
