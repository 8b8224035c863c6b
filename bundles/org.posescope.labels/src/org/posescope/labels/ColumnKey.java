package org.posescope.labels;

import java.util.Objects;

/**
 * One column of a label table, named the way DeepLabCut names it: scorer, individual, bodypart and coordinate.
 *
 * <p>Single-animal files have three column levels and no individual; their keys carry the empty string there, so
 * that one key type serves both layouts and {@link LabelTable#isMultiAnimal()} tells them apart.
 */
public record ColumnKey(String scorer, String individual, String bodypart, String coord) {

    public ColumnKey {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(individual, "individual");
        Objects.requireNonNull(bodypart, "bodypart");
        Objects.requireNonNull(coord, "coord");
    }

    /** A key of a three-level (single-animal) file. */
    public static ColumnKey single(String scorer, String bodypart, String coord) {
        return new ColumnKey(scorer, "", bodypart, coord);
    }

    public ColumnKey withScorer(String newScorer) {
        return new ColumnKey(newScorer, individual, bodypart, coord);
    }

    @Override
    public String toString() {
        return individual.isEmpty()
                ? "(" + scorer + ", " + bodypart + ", " + coord + ")"
                : "(" + scorer + ", " + individual + ", " + bodypart + ", " + coord + ")";
    }
}
