package org.posescope.labels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds column keys from the level tuples a file stores, and checks that they form a DeepLabCut header. */
public final class ColumnKeys {

    private ColumnKeys() {
    }

    /**
     * The keys of column tuples of three (scorer, bodyparts, coords) or four (scorer, individuals, bodyparts,
     * coords) levels.
     *
     * @throws MalformedHeaderException when the tuples have another depth or a column appears twice
     */
    public static List<ColumnKey> fromTuples(Path file, List<List<String>> tuples) throws MalformedHeaderException {
        List<ColumnKey> keys = new ArrayList<>(tuples.size());
        Set<ColumnKey> seen = new HashSet<>();
        for (List<String> tuple : tuples) {
            ColumnKey key = switch (tuple.size()) {
                case 3 -> ColumnKey.single(tuple.get(0), tuple.get(1), tuple.get(2));
                case 4 -> new ColumnKey(tuple.get(0), tuple.get(1), tuple.get(2), tuple.get(3));
                default -> throw new MalformedHeaderException(file, file.getFileName() + " has " + tuple.size()
                        + " column levels, but a DeepLabCut label file has 3 (scorer, bodyparts, coords) or 4"
                        + " (scorer, individuals, bodyparts, coords).");
            };
            if (!seen.add(key)) {
                throw new MalformedHeaderException(file, file.getFileName() + " has the column " + key
                        + " more than once.");
            }
            keys.add(key);
        }
        return keys;
    }
}
