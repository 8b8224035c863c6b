package org.posescope.labels;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a label table was read from and how it was stored there.
 *
 * @param file the file read
 * @param key the HDF5 key (group) used, or the empty string for CSV
 * @param format the storage format
 * @param rowKeyStyle how row keys were spelled
 * @param columnLevels 3 (single animal) or 4 (multi-animal)
 * @param notices sentences about what the reader had to interpret (another key used, rows repeated, ...)
 */
public record SourceLayout(Path file, String key, StorageFormat format, RowKeyStyle rowKeyStyle, int columnLevels,
        List<String> notices) {

    public SourceLayout {
        notices = List.copyOf(notices);
    }
}
