package org.posescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.Pandas;
import org.posescope.testsupport.SharedData;

/**
 * {@code posescope convert} on real label files, each result read back by pandas the way DeepLabCut reads it and
 * compared with pandas' own reading of the input.
 */
class ConvertCommandTest {

    /**
     * Prints "same" when pandas reads the same labels from argv[1] and argv[2] (either h5 or csv): the same column
     * tuples, the same row keys (a path string and a 3-level key count as the same image) and the same values, NaN
     * where NaN. Otherwise prints what differs.
     */
    private static final String SAME_LABELS = """
            import sys
            import numpy as np
            import pandas as pd

            def read(path, like=None):
                if path.endswith(".h5"):
                    import tables
                    with tables.open_file(path) as h5:
                        keys = [group._v_name for group in h5.root]
                    return pd.read_hdf(path, key="df_with_missing"), keys
                # As DeepLabCut writes it: the row key in the first column, or in the first three (the later two
                # with blank headers, which pandas calls "Unnamed").
                header = list(range(like.columns.nlevels))
                plain = pd.read_csv(path, header=header)
                blanks = [str(column[0]).startswith("Unnamed:") for column in plain.columns[1:]]
                depth = 1 + (blanks.index(False) if False in blanks else len(blanks))
                # pandas' default float parser may miss the last bit of a shortest repr; round_trip reads it exactly.
                return pd.read_csv(path, header=header, index_col=list(range(depth)),
                                   float_precision="round_trip"), None

            def keys(frame):
                return ["/".join(map(str, key)) if isinstance(key, tuple) else str(key) for key in frame.index]

            first, second = sys.argv[1], sys.argv[2]
            reference = pd.read_hdf(first) if first.endswith(".h5") else None
            if reference is None:
                reference = pd.read_hdf(second)
            a, a_keys = read(first, reference)
            b, b_keys = read(second, reference)
            problems = []
            if list(a.columns) != list(b.columns):
                problems.append("columns differ: %s vs %s" % (list(a.columns)[:4], list(b.columns)[:4]))
            if keys(a) != keys(b):
                problems.append("rows differ: %s vs %s" % (keys(a)[:3], keys(b)[:3]))
            if a.shape != b.shape or not np.array_equal(a.to_numpy(float), b.to_numpy(float), equal_nan=True):
                problems.append("values differ")
            for h5_keys in (a_keys, b_keys):
                if h5_keys is not None and h5_keys != ["df_with_missing"]:
                    problems.append("h5 keys are %s" % h5_keys)
            print("same" if not problems else "; ".join(problems))
            print(a.shape[0], a.shape[1], int(a.isna().to_numpy().sum()))
            """;

    @Test
    void h5ToCsvGivesTheLabelsPandasReadsFromTheH5(@TempDir Path folder) {
        Path in = SharedData.data().resolve("openfield-Pranav-2018-10-30/labeled-data/m4s1/CollectedData_Pranav.h5");
        Path out = folder.resolve("CollectedData_Pranav.csv");

        CommandRun run = CommandRun.of("convert", in.toString(), out.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertTrue(run.out().contains("Wrote " + out + ": 116 rows and 8 columns from " + in + "."), run.toString());
        assertEquals("same\n116 8 0\n", Pandas.run(SAME_LABELS, in.toString(), out.toString()));
    }

    @Test
    void multiAnimalCsvToH5GivesTheLabelsPandasReadsFromTheCsv(@TempDir Path folder) {
        Path in = SharedData.data()
                .resolve("multi_mouse-dlc_team-2022-04-12/labeled-data/m3v1mp4short/CollectedData_dlc_team.csv");
        Path out = folder.resolve("CollectedData_dlc_team.h5");

        CommandRun run = CommandRun.of("convert", in.toString(), out.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        String compared = Pandas.run(SAME_LABELS, out.toString(), in.toString());
        assertTrue(compared.startsWith("same\n5 22 "), compared);
        assertFalse(compared.endsWith(" 0\n"), "the multi-animal file has missing points, kept as NaN: " + compared);
    }

    @Test
    void machineLabelsRoundTripThroughCsvUnchanged(@TempDir Path folder) throws Exception {
        Path in = SharedData.data().resolve("multi_mouse-dlc_team-2022-04-12/labeled-data/m3v1mp4short"
                + "/machinelabels-iter0.h5");
        Path csv = folder.resolve("machinelabels-iter0.csv");
        Path back = folder.resolve("machinelabels-iter0.h5");

        assertEquals(PoseScopeCommandLine.CLEAN, CommandRun.of("convert", in.toString(), csv.toString()).status());
        assertEquals(PoseScopeCommandLine.CLEAN, CommandRun.of("convert", csv.toString(), back.toString()).status());

        assertTrue(Pandas.run(SAME_LABELS, in.toString(), back.toString()).startsWith("same\n"));
        assertTrue(Files.size(back) > 0);
    }

    @Test
    void unknownOutputExtensionIsRefusedBeforeAnythingIsRead(@TempDir Path folder) {
        Path in = folder.resolve("absent.h5");
        Path out = folder.resolve("labels.xlsx");

        CommandRun run = CommandRun.of("convert", in.toString(), out.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertTrue(run.err().contains("labels.xlsx is neither an .h5 nor a .csv label file."), run.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void missingInputIsOneSentenceNamingIt(@TempDir Path folder) {
        Path in = folder.resolve("CollectedData_me.h5");
        Path out = folder.resolve("CollectedData_me.csv");

        CommandRun run = CommandRun.of("convert", in.toString(), out.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertTrue(run.err().contains("CollectedData_me.h5"), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void outputThatIsAFolderIsNamedAndLeavesNoBackupFolder(@TempDir Path folder) throws Exception {
        Path in = SharedData.data().resolve("openfield-Pranav-2018-10-30/labeled-data/m4s1/CollectedData_Pranav.h5");
        Path out = Files.createDirectory(folder.resolve("CollectedData_Pranav.csv"));

        CommandRun run = CommandRun.of("convert", in.toString(), out.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertEquals(out + " is a folder; name a file to write the labels to.", run.err().strip());
        try (var left = Files.list(folder)) {
            assertEquals(List.of(out), left.toList(), "no .bak folder and no temporary file");
        }
    }

    /** A mistyped folder must not quietly become a new folder holding the converted labels. */
    @Test
    void outputInAMissingFolderIsRefusedAndTheFolderNotMade(@TempDir Path folder) {
        Path in = SharedData.data().resolve("openfield-Pranav-2018-10-30/labeled-data/m4s1/CollectedData_Pranav.h5");
        Path out = folder.resolve("nonexistent/x.csv");

        CommandRun run = CommandRun.of("convert", in.toString(), out.toString()).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertEquals("The labels could not be saved to " + out + ": the folder " + folder.resolve("nonexistent")
                + " does not exist; create it first or name another.", run.err().strip());
        assertFalse(Files.exists(folder.resolve("nonexistent")), "no folder was made");
    }
}
