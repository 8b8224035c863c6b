package org.posescope.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.Pandas;

/**
 * A save killed with SIGKILL while it writes leaves the previous label files exactly as they were, readable by
 * pandas, and the next save of the same file removes the temporary file the killed one left behind.
 */
class InterruptedSaveTest {

    /** Rows enough that encoding and verifying take far longer than noticing the temporary file. */
    private static final int CHILD_ROWS = 300_000;
    private static final long TIMEOUT_MILLIS = 120_000;

    @TempDir
    Path folder;

    @Test
    void aKilledSaveLeavesTheOldFilesAndTheNextSaveRemovesItsTemporaryFile() throws Exception {
        Path h5 = folder.resolve("CollectedData_annot.h5");
        Path csv = LabelFiles.csvTwinOf(h5);
        LabelFiles.save(SlowSaveMain.table(3, 10.0), h5);
        byte[] h5Before = Files.readAllBytes(h5);
        byte[] csvBefore = Files.readAllBytes(csv);

        Path errors = folder.resolve("child.err");
        Process child = ChildJvm.of(SlowSaveMain.class, h5.toString(), Integer.toString(CHILD_ROWS))
                .redirectErrorStream(true).redirectOutput(errors.toFile()).start();
        Path temporary = awaitTemporaryFile(child, h5, errors);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed writer did not end");

        assertEquals(137, child.exitValue(), "the writer ends by SIGKILL (128 + 9)");
        assertTrue(Files.exists(temporary), "the save was killed midway, before it renamed or removed "
                + temporary.getFileName() + "; raise CHILD_ROWS if the writer finished first");
        assertArrayEquals(h5Before, Files.readAllBytes(h5), "the h5 file changed");
        assertArrayEquals(csvBefore, Files.readAllBytes(csv), "the csv twin changed");
        assertEquals("(3, 12) 10.0 12.6875", Pandas.run(PANDAS_SUMMARY, h5.toString()).strip(),
                "pandas reads the old file");
        assertEquals(List.of(temporary), AtomicLabelWriter.staleTemporaryFiles(h5));

        LabelFiles.save(SlowSaveMain.table(4, 20.0), h5);

        assertFalse(Files.exists(temporary), "the next save removes the stale " + temporary.getFileName());
        assertEquals(List.of(), temporaryFiles());
        assertEquals("(4, 12) 20.0 23.6875", Pandas.run(PANDAS_SUMMARY, h5.toString()).strip());
    }

    private static final String PANDAS_SUMMARY = """
            import sys
            import pandas as pd
            df = pd.read_hdf(sys.argv[1], "df_with_missing")
            print(df.shape, df.iloc[0, 0], df.iloc[-1, -1])
            """;

    /** Polls for the writer's temporary file of {@code h5}, failing if the writer ends first. */
    private Path awaitTemporaryFile(Process child, Path h5, Path errors) throws IOException, InterruptedException {
        String prefix = "." + h5.getFileName() + ".pid" + child.pid() + "-";
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<Path> found = temporaryFiles().stream()
                    .filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (!child.isAlive()) {
                fail("the writer ended (exit " + child.exitValue() + ") before its temporary file was seen:\n"
                        + Files.readString(errors, StandardCharsets.UTF_8) + "\nclasspath: "
                        + ChildJvm.classpath(SlowSaveMain.class));
            }
            Thread.sleep(1);
        }
        child.destroyForcibly();
        return fail("no temporary file " + prefix + "*.tmp appeared within " + TIMEOUT_MILLIS + " ms");
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
