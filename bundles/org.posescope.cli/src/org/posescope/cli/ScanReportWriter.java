package org.posescope.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.posescope.cluster.SampleResult;
import org.posescope.labels.csv.PythonFloatFormat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes the ranked samples of {@code posescope scan} as CSV or JSON. Both carry the same fields, in this order:
 * rank, file, frame (the row key as the file stores it), individual, score, cluster, suspects (separated by
 * {@code ;}), reason.
 */
final class ScanReportWriter {

    /** The CSV header, fixed so that scripts may rely on it. */
    static final List<String> COLUMNS = List.of("rank", "file", "frame", "individual", "score", "cluster",
            "suspects", "reason");

    /** One ranked sample of one file. */
    record Row(Path file, SampleResult sample) {
    }

    enum Format {
        CSV, JSON
    }

    private ScanReportWriter() {
    }

    static void write(List<Row> rows, Format format, Writer out) throws IOException {
        switch (format) {
            case CSV -> writeCsv(rows, out);
            case JSON -> writeJson(rows, out);
        }
        out.flush();
    }

    private static void writeCsv(List<Row> rows, Writer out) throws IOException {
        CSVFormat csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(new NonClosingWriter(out), csv)) {
            for (Row row : rows) {
                SampleResult sample = row.sample();
                printer.printRecord(sample.rank(), displayPath(row.file()), sample.id().rowKey(),
                        sample.id().individual(), PythonFloatFormat.repr(sample.score()), sample.cluster(),
                        String.join(";", sample.suspects()), sample.reason());
            }
        }
    }

    private static void writeJson(List<Row> rows, Writer out) throws IOException {
        JsonArray array = new JsonArray();
        for (Row row : rows) {
            SampleResult sample = row.sample();
            JsonObject object = new JsonObject();
            object.addProperty("rank", sample.rank());
            object.addProperty("file", displayPath(row.file()));
            object.addProperty("frame", sample.id().rowKey());
            object.addProperty("individual", sample.id().individual());
            object.addProperty("score", sample.score());
            object.addProperty("cluster", sample.cluster());
            JsonArray suspects = new JsonArray();
            sample.suspects().forEach(suspects::add);
            object.add("suspects", suspects);
            object.addProperty("reason", sample.reason());
            array.add(object);
        }
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        gson.toJson(array, out);
        out.write('\n');
    }

    /** The path relative to the working folder when it lies below it, as a user typed it; else absolute. */
    static String displayPath(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString();
    }

    /** Lets the CSV printer flush and close without closing standard output under it. */
    private static final class NonClosingWriter extends java.io.FilterWriter {

        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
