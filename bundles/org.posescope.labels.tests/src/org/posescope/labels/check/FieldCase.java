package org.posescope.labels.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;
import org.posescope.labels.project.CaseCopy;
import org.posescope.labels.project.LabelDocumentPreparation;
import org.posescope.labels.project.LabelDocumentPreparation.PreparedLabels;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileRead;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.PandasFrame;
import org.posescope.labels.project.PreparationException;
import org.posescope.labels.project.Project;
import org.posescope.testsupport.SharedData;

/** A field case opened as a project: from the shared folder to look at, or from a copy to save into. */
final class FieldCase {

    final Path root;
    final Project project;

    private FieldCase(Path root) throws IOException {
        this.root = root;
        this.project = Project.open(root);
    }

    /** The case in the shared folder, for loading and checking only. */
    static FieldCase shared(String name) throws IOException {
        return new FieldCase(SharedData.caseProject(name));
    }

    /** A copy of the case in {@code temporary}, for saving. */
    static FieldCase copied(String name, Path temporary) throws IOException {
        return new FieldCase(CaseCopy.of(name, temporary));
    }

    LabeledVideo video(String name) {
        return project.labeledVideo(name).orElseThrow(() -> new AssertionError("no labeled-data/" + name));
    }

    LabelFile human(String video) {
        List<LabelFile> files = video(video).humanLabels();
        assertEquals(1, files.size(), "human label files in " + video);
        return files.get(0);
    }

    LabelFile machine(String video) {
        List<LabelFile> files = video(video).machineLabels();
        assertEquals(1, files.size(), "machine label files in " + video);
        return files.get(0);
    }

    static LabelFileRead.Loaded loaded(LabelFile file) {
        LabelFileRead outcome = file.read();
        if (outcome instanceof LabelFileRead.Failed failed) {
            throw new AssertionError("could not read " + file.file() + ": " + failed.message(), failed.error());
        }
        return assertInstanceOf(LabelFileRead.Loaded.class, outcome);
    }

    static LabelTable table(LabelFile file) {
        return loaded(file).table();
    }

    CheckReport check() {
        return LabelChecker.check(project);
    }

    PreparedLabels prepare(LabelFile file) throws PreparationException {
        return LabelDocumentPreparation.prepare(project, file);
    }

    /** Prepares a human label file and saves it without edits; returns the h5 written. */
    Path saveWithoutEdits(LabelFile file) throws PreparationException, IOException {
        return save(prepare(file));
    }

    static Path save(PreparedLabels prepared) throws IOException {
        LabelFiles.save(prepared.table(), prepared.saveTarget());
        return prepared.saveTarget();
    }

    /** Whether the report holds a problem of this kind whose sentence contains every fragment. */
    static boolean reports(CheckReport report, ProblemKind kind, String... fragments) {
        return report.problems(kind).stream()
                .anyMatch(problem -> List.of(fragments).stream().allMatch(problem.message()::contains));
    }

    /** Same column tuples in the same order and the same values, bit for bit (NaN where NaN). */
    static void assertSameColumnsAndValues(PandasFrame expected, PandasFrame actual) {
        assertEquals(expected.columns(), actual.columns(), "column tuples");
        assertSameValues(expected, actual);
    }

    static void assertSameValues(PandasFrame expected, PandasFrame actual) {
        assertEquals(expected.values().size(), actual.values().size(), "rows");
        for (int r = 0; r < expected.values().size(); r++) {
            assertArrayEquals(expected.values().get(r), actual.values().get(r), "values of row " + r);
        }
    }

    static void assertThreeLevelImageKeys(PandasFrame frame, String video) {
        for (List<String> row : frame.rows()) {
            assertEquals(3, row.size(), "row key " + row);
            assertEquals(List.of("labeled-data", video), row.subList(0, 2), "row key " + row);
            assertTrue(row.stream().noneMatch(part -> part.contains("\\")), "row key " + row);
        }
    }
}
