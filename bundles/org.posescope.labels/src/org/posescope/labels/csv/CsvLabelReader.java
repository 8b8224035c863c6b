package org.posescope.labels.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.posescope.labels.ColumnKeys;
import org.posescope.labels.FileProblems;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelTable;
import org.posescope.labels.LoadedLabels;
import org.posescope.labels.RowKey;
import org.posescope.labels.RowKeyStyle;
import org.posescope.labels.RowKeys;
import org.posescope.labels.SourceLayout;
import org.posescope.labels.StorageFormat;
import org.posescope.labels.ValueType;

/**
 * Reads a DeepLabCut label CSV as {@code DataFrame.to_csv} writes it (and as pandas reads it back with
 * {@code float_precision="round_trip"}): empty cells are NaN, a column of whole numbers without gaps is int64.
 */
public final class CsvLabelReader {

    /** Cells pandas reads as NaN by default. */
    private static final Set<String> NAN_TEXT = Set.of("", "NaN", "nan", "-nan", "-NaN", "NA", "N/A", "n/a", "NULL",
            "null", "<NA>", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "1.#IND", "1.#QNAN", "None");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

    public LoadedLabels read(Path file) throws LabelFileException {
        FileProblems.requireReadableFile(file);
        List<List<String>> records = records(file);
        if (records.isEmpty()) {
            throw new LabelFileException(file, file.getFileName() + " is empty.");
        }
        CsvHeader header = CsvHeader.parse(file, records);
        List<List<String>> body = records.subList(header.levelNames().size(), records.size());

        int width = header.tuples().size();
        List<String> notices = new ArrayList<>(header.notices());
        double[][] values = new double[body.size()][width];
        ValueType[] types = new ValueType[width];
        for (int c = 0; c < width; c++) {
            types[c] = readColumn(file, body, header, c, values);
        }
        for (int r = 0; r < body.size(); r++) {
            if (body.get(r).size() > header.indexColumns() + width) {
                throw new LabelFileException(file, file.getFileName() + " has more cells in row "
                        + (header.levelNames().size() + r + 1) + " than its header has columns.");
            }
        }

        RowRead rows = rowKeys(file, body, header.indexColumns(), notices);
        LabelTable table = new LabelTable(ColumnKeys.fromTuples(file, header.tuples()), rows.keys, types, values,
                header.levelNames().size() == 4);
        notices.addAll(RowKeys.duplicateNotices(table, file.getFileName().toString()));
        SourceLayout layout = new SourceLayout(file, "", StorageFormat.CSV, rows.style, header.levelNames().size(),
                notices);
        return new LoadedLabels(table, layout);
    }

    private static List<List<String>> records(Path file) throws LabelFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        // Excel's "CSV UTF-8" starts the file with a byte-order mark, which pandas skips and so must we.
        try (InputStream bytes = BOMInputStream.builder().setPath(file).get();
                Reader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
            return records;
        } catch (IOException | java.io.UncheckedIOException e) {
            String sentence = FileProblems.readFailure(file, e)
                    .orElse(file.getFileName() + " cannot be read as CSV: " + e.getMessage() + ".");
            throw new LabelFileException(file, sentence, e);
        }
    }

    /** Fills one column of {@code values} and says whether pandas would type it int64 or float64. */
    private static ValueType readColumn(Path file, List<List<String>> body, CsvHeader header, int column,
            double[][] values) throws LabelFileException {
        int at = header.indexColumns() + column;
        boolean whole = !body.isEmpty();
        for (int r = 0; r < body.size(); r++) {
            String cell = at < body.get(r).size() ? body.get(r).get(at).trim() : "";
            if (NAN_TEXT.contains(cell)) {
                values[r][column] = Double.NaN;
                whole = false;
                continue;
            }
            whole &= WHOLE_NUMBER.matcher(cell).matches();
            values[r][column] = number(file, cell, header.levelNames().size() + r + 1, at + 1);
        }
        return whole ? ValueType.INT64 : ValueType.FLOAT64;
    }

    private static double number(Path file, String cell, int line, int column) throws LabelFileException {
        switch (cell.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new LabelFileException(file, file.getFileName() + " holds the text '" + cell + "' in row " + line
                    + ", column " + column + ", where a coordinate belongs.");
        }
    }

    private record RowRead(List<RowKey> keys, RowKeyStyle style) {
    }

    private static RowRead rowKeys(Path file, List<List<String>> body, int indexColumns, List<String> notices) {
        List<RowKey> keys = new ArrayList<>(body.size());
        if (indexColumns == 3) {
            for (List<String> record : body) {
                keys.add(new RowKey.Image(cell(record, 0), cell(record, 1), cell(record, 2)));
            }
            return new RowRead(keys, RowKeyStyle.THREE_LEVEL);
        }

        List<String> labels = body.stream().map(record -> cell(record, 0)).toList();
        if (!labels.isEmpty() && labels.stream().allMatch(label -> WHOLE_NUMBER.matcher(label).matches())) {
            labels.forEach(label -> keys.add(new RowKey.Frame(Long.parseLong(label.replace("+", "")))));
            return new RowRead(keys, RowKeyStyle.FRAME_NUMBER);
        }
        Path parent = file.toAbsolutePath().getParent();
        String video = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        notices.addAll(RowKeys.noticesFor(labels, video));
        labels.forEach(label -> keys.add(RowKeys.image(label, video)));
        return new RowRead(keys, RowKeys.styleOf(labels));
    }

    private static String cell(List<String> record, int index) {
        return index < record.size() ? record.get(index) : "";
    }
}
