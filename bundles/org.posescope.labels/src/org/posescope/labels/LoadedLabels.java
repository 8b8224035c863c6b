package org.posescope.labels;

import java.util.Objects;

/**
 * A label table together with how its file stored it.
 *
 * @param table the labels read
 * @param layout where and how they were stored
 */
public record LoadedLabels(LabelTable table, SourceLayout layout) {

    public LoadedLabels {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(layout, "layout");
    }
}
