package org.posescope.labels.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.posescope.testsupport.Pandas;

/**
 * A label file as pandas reads it, the reference every saved file is checked against: keys, column tuples, row
 * keys and values. Names keep their Python type: a string prints quoted ({@code '10'}), a number does not.
 */
public record PandasFrame(List<String> keys, List<String> columnNames, List<List<String>> columns,
        List<List<String>> rows, List<double[]> values, List<String> dtypes) {

    private static final String SCRIPT = """
            import sys
            import pandas as pd
            sys.stdout.reconfigure(encoding='utf-8')
            path, kind = sys.argv[1], sys.argv[2]
            keys = []
            if kind == 'h5':
                with pd.HDFStore(path, 'r') as store:
                    keys = list(store.keys())
                df = pd.read_hdf(path, keys[0] if len(keys) == 1 else 'df_with_missing')
            else:
                header, index = int(sys.argv[3]), int(sys.argv[4])
                df = pd.read_csv(path, header=list(range(header)), index_col=list(range(index)),
                                 float_precision='round_trip')
            def cells(label):
                return '\\t'.join(repr(part) for part in (label if isinstance(label, tuple) else (label,)))
            print('KEYS\\t' + '\\t'.join(keys))
            print('COLNAMES\\t' + '\\t'.join(str(name) for name in df.columns.names))
            print('DTYPES\\t' + '\\t'.join(str(t) for t in df.dtypes))
            for column in df.columns:
                print('COLUMN\\t' + cells(column))
            for label, row in zip(df.index, df.itertuples(index=False)):
                print('ROW\\t' + cells(label))
                print('VALUES\\t' + '\\t'.join(repr(float(v)) for v in row))
            """;

    /** Reads an h5 the way DeepLabCut does: the only key, or {@code df_with_missing} when there are several. */
    public static PandasFrame readHdf(Path file) {
        return parse(Pandas.run(SCRIPT, file.toString(), "h5"));
    }

    /** Reads a csv with the given number of header rows and index columns. */
    public static PandasFrame readCsv(Path file, int headerRows, int indexColumns) {
        return parse(Pandas.run(SCRIPT, file.toString(), "csv", Integer.toString(headerRows),
                Integer.toString(indexColumns)));
    }

    private static PandasFrame parse(String output) {
        List<String> keys = List.of();
        List<String> dtypes = List.of();
        List<String> columnNames = List.of();
        List<List<String>> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] cells = line.split("\t", -1);
            List<String> rest = Arrays.asList(cells).subList(1, cells.length);
            switch (cells[0]) {
                case "KEYS" -> keys = rest.stream().filter(key -> !key.isEmpty()).toList();
                case "COLNAMES" -> columnNames = List.copyOf(rest);
                case "DTYPES" -> dtypes = List.copyOf(rest);
                case "COLUMN" -> columns.add(rest.stream().map(PandasFrame::unquote).toList());
                case "ROW" -> rows.add(rest.stream().map(PandasFrame::unquote).toList());
                case "VALUES" -> values.add(rest.stream().mapToDouble(PandasFrame::number).toArray());
                default -> {
                    // pandas may print warnings on stdout; they are not part of the frame.
                }
            }
        }
        return new PandasFrame(keys, columnNames, columns, rows, values, dtypes);
    }

    /** {@code 'nose'} becomes {@code nose}; an unquoted repr (a number) is kept with a leading {@code #}. */
    private static String unquote(String repr) {
        if (repr.length() >= 2 && (repr.startsWith("'") && repr.endsWith("'")
                || repr.startsWith("\"") && repr.endsWith("\""))) {
            return repr.substring(1, repr.length() - 1).replace("\\\\", "\\");
        }
        return "#" + repr;
    }

    private static double number(String repr) {
        return repr.equals("nan") ? Double.NaN : Double.parseDouble(repr);
    }

    public double value(int row, int column) {
        return values.get(row)[column];
    }

    /** The column index of a (…, bodypart, coord) tuple ending with the given parts, or -1. */
    public int column(String... lastParts) {
        for (int c = 0; c < columns.size(); c++) {
            List<String> tuple = columns.get(c);
            List<String> tail = tuple.subList(tuple.size() - lastParts.length, tuple.size());
            if (tail.equals(List.of(lastParts))) {
                return c;
            }
        }
        return -1;
    }

    /** The row index whose last key part is {@code image}, or -1. */
    public int row(String image) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).get(rows.get(r).size() - 1).equals(image)) {
                return r;
            }
        }
        return -1;
    }
}
