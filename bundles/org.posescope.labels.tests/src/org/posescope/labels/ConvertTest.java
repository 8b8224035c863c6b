package org.posescope.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.Pandas;
import org.posescope.testsupport.SharedData;

/** {@code convert} turns a CSV into the h5 DeepLabCut reads, and an h5 into its CSV twin. */
class ConvertTest {

    @TempDir
    Path scratch;

    @Test
    void spreadsheetCsvBecomesAThreeLevelH5() throws Exception {
        Path csv = SharedData.caseProject("B06").resolve("labeled-data/vid1/CollectedData_annot.csv");
        Path h5 = scratch.resolve("CollectedData_annot.h5");

        LabelFiles.convert(csv, h5);

        String described = Pandas.run("""
                import sys, pandas as pd
                df = pd.read_hdf(sys.argv[1])
                print(df.index.nlevels, list(df.columns.names), sorted(set(df.columns.get_level_values(0))),
                      df.shape, pd.HDFStore(sys.argv[1], "r").keys())
                """, h5.toString()).strip();
        assertEquals("3 ['scorer', 'bodyparts', 'coords'] ['annot'] (3, 8) ['/df_with_missing']", described);
    }

    @Test
    void h5BecomesItsCsvTwinByteForByte() throws Exception {
        Path h5 = SharedData.data().resolve("synthetic/multi_animal/labeled-data/vid1/CollectedData_synth.h5");
        Path twin = h5.resolveSibling("CollectedData_synth.csv");
        Path out = scratch.resolve("out.csv");

        LabelFiles.convert(h5, out);

        assertEquals(Files.readString(twin), Files.readString(out));
    }

    @Test
    void anUnknownExtensionIsATypedError() {
        Path in = SharedData.caseProject("B06").resolve("labeled-data/vid1/CollectedData_annot.csv");
        LabelFileException error = assertThrows(LabelFileException.class,
                () -> LabelFiles.convert(in, scratch.resolve("out.txt")));
        assertEquals("out.txt is neither an .h5 nor a .csv label file.", error.getMessage());
    }
}
