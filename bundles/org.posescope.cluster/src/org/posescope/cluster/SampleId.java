package org.posescope.cluster;

/**
 * Where one pose sample came from: a row of the label table and, in multi-animal tables, an individual.
 *
 * @param row the row index in the label table
 * @param rowKey the row key as displayed ({@code labeled-data/video/img001.png} or a frame number)
 * @param individual the individual, or the empty string for single-animal tables
 */
public record SampleId(int row, String rowKey, String individual) {

    /** The row key, followed by the individual in brackets where there is one. */
    public String display() {
        return individual.isEmpty() ? rowKey : rowKey + " [" + individual + "]";
    }
}
