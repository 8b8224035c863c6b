package org.posescope.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.Pandas;

/**
 * Every shared label file, converted by our writers to h5 and to csv, reads back in pandas equal to the original
 * ({@code pandas.testing.assert_frame_equal}, exact values).
 *
 * <p>Our writers store image rows as the 3-level index DeepLabCut 2.2 uses. Where the original had a one-level
 * string index, the expected frame is the original with its index turned into that 3-level form (back-slashes read
 * as separators, a bare image name placed under {@code labeled-data/<folder holding the file>}). Blank scorer cells
 * of a CSV are continued from the left, and an object column (None and numbers) is expected back as float64, as
 * our reader documents. Index level names are not compared: the CSV form cannot carry them.
 */
class RoundTripTest {

    private static final String CHECK = PandasFrames.READ_FUNCTION + """

            def three_level(df, original):
                if isinstance(df.index, pd.MultiIndex) or df.index.dtype.kind in "iu":
                    return df
                folder = os.path.basename(os.path.dirname(os.path.abspath(original)))
                tuples = []
                for label in df.index:
                    parts = [p for p in str(label).replace("\\\\", "/").split("/") if p]
                    if len(parts) <= 1:
                        tuples.append(("labeled-data", folder, parts[0] if parts else str(label)))
                    elif len(parts) == 2:
                        tuples.append(("labeled-data", parts[0], parts[1]))
                    else:
                        tuples.append(("/".join(parts[:-2]), parts[-2], parts[-1]))
                df.index = pd.MultiIndex.from_tuples(tuples)
                return df

            def expected(original):
                df = fill_scorer(read(original))
                for column in df.columns:
                    if df[column].dtype == object:
                        df[column] = pd.to_numeric(df[column]).astype("float64")
                df = three_level(df, original)
                df.index.names = [None] * df.index.nlevels
                return df

            def compare(actual, want):
                actual.index.names = [None] * actual.index.nlevels
                pd.testing.assert_frame_equal(actual, want, check_exact=True)

            args = sys.argv[1:]
            for original, h5, csvfile in zip(args[0::3], args[1::3], args[2::3]):
                try:
                    want = expected(original)
                    compare(pd.read_hdf(h5, "df_with_missing"), want)
                    compare(read(csvfile), want)
                    print("OK\\t" + original)
                except Exception as e:
                    print("FAIL\\t" + original + "\\t" + repr(e).replace("\\n", " | "))
            """;

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> everySharedFileSurvivesOurWriters() throws IOException {
        Map<Path, String> writeFailures = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        int n = 0;
        for (Path file : SharedLabelFiles.all()) {
            LabelTable table;
            try {
                table = LabelFiles.read(file).table();
            } catch (MalformedHeaderException e) {
                continue;
            }
            Path folder = Files.createDirectories(scratch.resolve(Integer.toString(n++)));
            Path h5 = folder.resolve("out.h5");
            Path csv = folder.resolve("out.csv");
            try {
                LabelFiles.write(table, h5);
                LabelFiles.write(table, csv);
                arguments.addAll(List.of(file.toString(), h5.toString(), csv.toString()));
            } catch (LabelFileException e) {
                writeFailures.put(file, e.getMessage());
            }
        }

        Map<String, String> verdicts = new HashMap<>();
        for (String line : Pandas.run(CHECK, arguments.toArray(String[]::new)).split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length >= 2) {
                verdicts.put(parts[1], parts[0].equals("OK") ? "" : parts[2]);
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        writeFailures.forEach((file, message) -> tests.add(DynamicTest.dynamicTest(SharedLabelFiles.name(file),
                () -> fail("our writers failed: " + message))));
        for (int i = 0; i < arguments.size(); i += 3) {
            String original = arguments.get(i);
            tests.add(DynamicTest.dynamicTest(SharedLabelFiles.name(Path.of(original)),
                    () -> assertEquals("", verdicts.getOrDefault(original, "pandas gave no verdict"))));
        }
        return tests.stream();
    }
}
