package org.posescope.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the row labels of a one-level string index into image keys, the way DeepLabCut means them.
 *
 * <p>Windows wrote {@code labeled-data\vid1\img000.png}; such back-slashes are read as separators. A bare image name
 * (written by some labeling tools) belongs to the video folder that holds the label file.
 */
public final class RowKeys {

    private RowKeys() {
    }

    /**
     * The image key of one string row label.
     *
     * @param label the row label as stored
     * @param videoFolder the name of the folder holding the label file, used for bare image names
     */
    public static RowKey.Image image(String label, String videoFolder) {
        String[] parts = Arrays.stream(label.replace('\\', '/').split("/"))
                .filter(part -> !part.isEmpty())
                .toArray(String[]::new);
        if (parts.length <= 1) {
            return new RowKey.Image(RowKey.Image.LABELED_DATA, videoFolder, parts.length == 0 ? label : parts[0]);
        }
        if (parts.length == 2) {
            return new RowKey.Image(RowKey.Image.LABELED_DATA, parts[0], parts[1]);
        }
        String folder = String.join("/", Arrays.asList(parts).subList(0, parts.length - 2));
        return new RowKey.Image(folder, parts[parts.length - 2], parts[parts.length - 1]);
    }

    /** How a list of one-level string labels spelled its keys: bare names when no label holds a separator. */
    public static RowKeyStyle styleOf(List<String> labels) {
        boolean anyPath = labels.stream().anyMatch(label -> label.indexOf('/') >= 0 || label.indexOf('\\') >= 0);
        return anyPath || labels.isEmpty() ? RowKeyStyle.PATH_STRING : RowKeyStyle.IMAGE_NAME;
    }

    /** Notices a reader adds for one-level string labels: back-slashes normalised, bare names placed. */
    public static List<String> noticesFor(List<String> labels, String videoFolder) {
        List<String> notices = new ArrayList<>();
        long backSlashed = labels.stream().filter(label -> label.indexOf('\\') >= 0).count();
        if (backSlashed > 0) {
            notices.add(backSlashed + " row label(s) use back-slashes (written on Windows); they were read as"
                    + " forward-slash paths.");
        }
        if (styleOf(labels) == RowKeyStyle.IMAGE_NAME) {
            notices.add("Row labels are bare image names; they were placed under labeled-data/" + videoFolder
                    + ", the folder holding the file.");
        }
        return notices;
    }

    /** A sentence per row key that occurs more than once, or none. */
    public static List<String> duplicateNotices(LabelTable table, String fileName) {
        List<String> notices = new ArrayList<>();
        for (Map.Entry<RowKey, List<Integer>> repeated : table.repeatedRows().entrySet()) {
            List<Integer> positions = repeated.getValue();
            notices.add("Row " + repeated.getKey().display() + " appears " + positions.size() + " times in "
                    + fileName + " (rows " + positions + "); the first is the one DeepLabCut uses.");
        }
        return notices;
    }

    /** The row positions of each key, kept only for keys that occur more than once, in order of first occurrence. */
    static Map<RowKey, List<Integer>> repeated(List<RowKey> rows) {
        if (framesInIncreasingOrder(rows)) {
            return new LinkedHashMap<>();
        }

        // Nearly every file has distinct keys; a list per row made this a large part of reading 100,000 frames.
        Map<RowKey, Integer> firstRow = new HashMap<>(rows.size() * 4 / 3 + 1);
        Map<RowKey, List<Integer>> repeats = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            RowKey key = rows.get(r);
            Integer first = firstRow.putIfAbsent(key, r);
            if (first != null) {
                repeats.computeIfAbsent(key, k -> new ArrayList<>(List.of(first))).add(r);
            }
        }

        Map<RowKey, List<Integer>> byFirstOccurrence = new LinkedHashMap<>();
        repeats.entrySet().stream().sorted(Comparator.comparing(entry -> entry.getValue().get(0)))
                .forEach(entry -> byFirstOccurrence.put(entry.getKey(), entry.getValue()));
        return byFirstOccurrence;
    }

    /** Video inference numbers its frames in order, so its keys can be known distinct without hashing them. */
    private static boolean framesInIncreasingOrder(List<RowKey> rows) {
        for (int r = 1; r < rows.size(); r++) {
            if (!(rows.get(r - 1) instanceof RowKey.Frame before) || !(rows.get(r) instanceof RowKey.Frame after)
                    || after.frame() <= before.frame()) {
                return false;
            }
        }
        return true;
    }
}
