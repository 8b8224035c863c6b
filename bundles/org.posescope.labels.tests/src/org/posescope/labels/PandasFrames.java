package org.posescope.labels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.posescope.testsupport.Pandas;

/**
 * What Debian's pandas reads from label files, fetched for many files in one Python process and handed over in a
 * plain line format (names never hold tabs or line breaks): column tuples, row labels, dtypes and the bits of
 * every value.
 */
final class PandasFrames {

    /** The Python helper that reads a label file the way DeepLabCut users do; shared with the round-trip test. */
    static final String READ_FUNCTION = """
            import csv, os, sys, warnings
            import numpy as np, pandas as pd
            warnings.simplefilter("ignore")
            LEVELS = {"scorer", "individuals", "bodyparts", "coords"}

            def csv_shape(path):
                with open(path, newline="", encoding="utf-8") as fh:
                    rows = [r for _, r in zip(range(6), csv.reader(fh))]
                depth = 0
                while depth < len(rows) and rows[depth] and rows[depth][0].strip() in LEVELS:
                    depth += 1
                coords, index = rows[depth - 1], 1
                while index < len(coords) and coords[index] == "":
                    index += 1
                return depth, index

            def read(path):
                if path.endswith(".csv"):
                    depth, index = csv_shape(path)
                    return pd.read_csv(path, header=list(range(depth)),
                                       index_col=list(range(index)) if index > 1 else 0,
                                       float_precision="round_trip")
                with pd.HDFStore(path, "r") as store:
                    keys = store.keys()
                    return store["/df_with_missing" if "/df_with_missing" in keys else keys[0]]

            def unnamed(df, level):
                return any(str(v).startswith("Unnamed: ") for v in df.columns.get_level_values(level))

            def fill_scorer(df):
                # pandas names blank scorer cells "Unnamed: N_level_0"; our reader continues the name to their left.
                tuples, last = [], None
                for t in df.columns:
                    scorer = last if str(t[0]).startswith("Unnamed: ") else t[0]
                    last = scorer
                    tuples.append((scorer,) + tuple(t[1:]))
                df.columns = pd.MultiIndex.from_tuples(tuples, names=df.columns.names)
                return df
            """;

    private static final String DUMP = READ_FUNCTION + """

            for path in sys.argv[1:]:
                print("FILE\\t" + path)
                df = read(path)
                if any(unnamed(df, level) for level in range(1, df.columns.nlevels)):
                    print("MALFORMED")
                    continue
                df = fill_scorer(df)
                print("COLUMNS\\t%d" % len(df.columns))
                for t in df.columns:
                    print("\\t".join(str(v) for v in t))
                print("ROWS\\t%d" % len(df.index))
                for label in df.index:
                    print("\\t".join(str(v) for v in label) if isinstance(label, tuple) else str(label))
                print("TYPES\\t" + "\\t".join(str(t) for t in df.dtypes))
                values = df.apply(pd.to_numeric).to_numpy(dtype="float64")
                bits = values.view(np.int64)
                for r in range(values.shape[0]):
                    print("\\t".join("nan" if np.isnan(values[r, c])
                                     else "%x" % (int(bits[r, c]) & 0xFFFFFFFFFFFFFFFF)
                                     for c in range(values.shape[1])))
            """;

    /** One file as pandas reads it; {@code malformed} when pandas invented "Unnamed:" names below the scorer. */
    record Frame(boolean malformed, List<List<String>> columns, List<String> rows, List<String> dtypes,
            List<String[]> valueBits) {
    }

    private PandasFrames() {
    }

    static Map<Path, Frame> read(List<Path> files) {
        String[] arguments = files.stream().map(Path::toString).toArray(String[]::new);
        String[] lines = Pandas.run(DUMP, arguments).split("\n", -1);
        Map<Path, Frame> frames = new HashMap<>();
        int at = 0;
        while (at < lines.length && lines[at].startsWith("FILE\t")) {
            Path file = Path.of(lines[at++].substring(5));
            if (lines[at].equals("MALFORMED")) {
                frames.put(file, new Frame(true, List.of(), List.of(), List.of(), List.of()));
                at++;
                continue;
            }
            int columnCount = Integer.parseInt(lines[at++].split("\t")[1]);
            List<List<String>> columns = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                columns.add(List.of(lines[at++].split("\t", -1)));
            }
            int rowCount = Integer.parseInt(lines[at++].split("\t")[1]);
            List<String> rows = new ArrayList<>();
            for (int r = 0; r < rowCount; r++) {
                rows.add(lines[at++]);
            }
            List<String> dtypes = List.of(lines[at++].substring(6).split("\t"));
            List<String[]> bits = new ArrayList<>();
            for (int r = 0; r < rowCount; r++) {
                bits.add(lines[at++].split("\t", -1));
            }
            frames.put(file, new Frame(false, columns, rows, dtypes, bits));
        }
        return frames;
    }
}
