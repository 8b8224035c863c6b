package org.posescope.labels.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.posescope.labels.MalformedHeaderException;

/**
 * The column header of a DeepLabCut CSV: one row per column level, each starting with the level's name
 * ({@code scorer}, optionally {@code individuals}, {@code bodyparts}, {@code coords}), then one empty cell per extra
 * index column, then one name per value column.
 *
 * @param levelNames the level names in order
 * @param indexColumns 1 (path or frame number) or 3 (labeled-data, video, image)
 * @param tuples one column tuple per value column
 * @param notices sentences about cells that had to be interpreted
 */
record CsvHeader(List<String> levelNames, int indexColumns, List<List<String>> tuples, List<String> notices) {

    static final List<String> SINGLE_LEVELS = List.of("scorer", "bodyparts", "coords");
    static final List<String> MULTI_LEVELS = List.of("scorer", "individuals", "bodyparts", "coords");

    /** Separators spreadsheets use instead of commas, with how a user would name them. */
    private static final Map<Character, String> OTHER_SEPARATORS = Map.of(';', "semicolons", '\t', "tabs");

    /** Parses the header from the first records of the file; the header depth comes from the first-column names. */
    static CsvHeader parse(Path file, List<List<String>> records) throws MalformedHeaderException {
        String name = file.getFileName().toString();
        int depth = 0;
        while (depth < records.size() && depth < MULTI_LEVELS.size()
                && MULTI_LEVELS.contains(records.get(depth).get(0).trim())) {
            depth++;
        }
        List<String> levelNames = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            levelNames.add(records.get(level).get(0).trim());
        }
        if (levelNames.isEmpty()) {
            refuseOtherSeparator(file, records.get(0).get(0));
        }
        if (!levelNames.equals(SINGLE_LEVELS) && !levelNames.equals(MULTI_LEVELS)) {
            throw new MalformedHeaderException(file, name + " does not start with the header rows scorer, bodyparts,"
                    + " coords (or scorer, individuals, bodyparts, coords) in its first column; found "
                    + (levelNames.isEmpty() ? "none" : String.join(", ", levelNames)) + ".");
        }

        // The coords row is never blank, so its leading empty cells count the extra index columns.
        List<String> coordsRow = records.get(depth - 1);
        int indexColumns = 1;
        while (indexColumns < coordsRow.size() && coordsRow.get(indexColumns).isEmpty()) {
            indexColumns++;
        }
        if (indexColumns != 1 && indexColumns != 3) {
            throw new MalformedHeaderException(file, name + " has " + indexColumns + " index columns before its"
                    + " first coordinate; DeepLabCut writes 1 (image path or frame) or 3 (labeled-data, video,"
                    + " image).");
        }
        int width = coordsRow.size() - indexColumns;

        List<String> notices = new ArrayList<>();
        List<List<String>> levelCells = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            List<String> cells = cells(records.get(level), indexColumns, width);
            List<Integer> blanks = blankPositions(cells, indexColumns);
            if (!blanks.isEmpty() && level == 0 && !cells.get(0).isEmpty()) {
                // A spreadsheet leaves the scorer once; every blank continues the name to its left.
                for (int c = 1; c < cells.size(); c++) {
                    if (cells.get(c).isEmpty()) {
                        cells.set(c, cells.get(c - 1));
                    }
                }
                notices.add(name + " leaves " + blanks.size() + " cell(s) of its scorer row blank; they were read"
                        + " as the scorer to their left, '" + cells.get(0) + "'.");
            } else if (!blanks.isEmpty()) {
                throw new MalformedHeaderException(file, name + " has blank cells in its " + levelNames.get(level)
                        + " header row at column(s) " + joined(blanks) + ", so those columns have no "
                        + levelNames.get(level) + " name.");
            }
            levelCells.add(cells);
        }

        List<List<String>> tuples = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            List<String> tuple = new ArrayList<>(depth);
            for (List<String> cells : levelCells) {
                tuple.add(cells.get(c));
            }
            tuples.add(List.copyOf(tuple));
        }
        return new CsvHeader(levelNames, indexColumns, tuples, notices);
    }

    /**
     * A spreadsheet set to a European language saves "CSV" with semicolons (or a tab-separated text), which reads as
     * one long first cell such as {@code scorer;;;annot;annot}.
     */
    private static void refuseOtherSeparator(Path file, String firstCell) throws MalformedHeaderException {
        String start = firstCell.strip();
        for (Map.Entry<Character, String> separator : OTHER_SEPARATORS.entrySet()) {
            if (start.startsWith(SINGLE_LEVELS.get(0) + separator.getKey())) {
                throw new MalformedHeaderException(file, file.getFileName() + " separates its cells with "
                        + separator.getValue() + ", but DeepLabCut needs commas; save it again from the spreadsheet"
                        + " as \"CSV (comma delimited)\", with a point as the decimal separator.");
            }
        }
    }

    private static List<String> cells(List<String> record, int indexColumns, int width) {
        List<String> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            int at = indexColumns + c;
            cells.add(at < record.size() ? record.get(at) : "");
        }
        return cells;
    }

    /** The spreadsheet column numbers (1-based, counting the index columns) of blank cells. */
    private static List<Integer> blankPositions(List<String> cells, int indexColumns) {
        List<Integer> blanks = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isEmpty()) {
                blanks.add(indexColumns + c + 1);
            }
        }
        return blanks;
    }

    private static String joined(List<Integer> positions) {
        List<String> text = positions.stream().map(String::valueOf).toList();
        return text.size() == 1 ? text.get(0)
                : String.join(", ", text.subList(0, text.size() - 1)) + " and " + text.get(text.size() - 1);
    }
}
