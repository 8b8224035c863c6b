package org.posescope.labels.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posescope.labels.check.FieldCase.assertSameColumnsAndValues;
import static org.posescope.labels.check.FieldCase.assertSameValues;
import static org.posescope.labels.check.FieldCase.reports;
import static org.posescope.labels.check.FieldCase.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.project.LabelDocumentPreparation.PreparedLabels;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.NodeFacts;
import org.posescope.labels.project.PandasFrame;
import org.posescope.labels.project.Project;
import org.posescope.labels.project.ProjectDiscovery;
import org.posescope.testsupport.SharedData;

/** Field cases about a file's agreement with its project and about saving (cases/README.md). */
class FieldCasesProjectConsistencyTest {

    @TempDir
    Path temporary;

    @Test
    void b10BodypartAddedToConfigCanBeLabeledAndSaved() throws Exception {
        FieldCase b10 = FieldCase.copied("B10", temporary);
        LabelFile file = b10.human("vid1");
        PandasFrame input = PandasFrame.readHdf(file.file());
        assertTrue(reports(b10.check(), ProblemKind.BODYPART_NOT_IN_FILE, "neck"));

        PreparedLabels prepared = b10.prepare(file);
        LabelTable labels = prepared.table();
        assertEquals(List.of("nose", "earL", "earR", "tail", "neck"), labels.bodyparts(""));
        int neckX = labels.columnIndex("", "neck", "x");
        int neckY = labels.columnIndex("", "neck", "y");
        for (int r = 0; r < labels.rowCount(); r++) {
            assertTrue(Double.isNaN(labels.value(r, neckX)) && Double.isNaN(labels.value(r, neckY)));
        }
        labels.setValue(0, neckX, 31.5);
        labels.setValue(0, neckY, 20.25);
        PandasFrame saved = PandasFrame.readHdf(FieldCase.save(prepared));

        assertEquals(10, saved.columns().size(), "5 bodyparts x (x, y)");
        assertEquals(31.5, saved.value(0, saved.column("neck", "x")));
        assertEquals(20.25, saved.value(0, saved.column("neck", "y")));
        for (int r = 1; r < 3; r++) {
            assertTrue(Double.isNaN(saved.value(r, saved.column("neck", "x"))));
        }
        for (int c = 0; c < input.columns().size(); c++) {
            List<String> tuple = input.columns().get(c);
            int savedColumn = saved.columns().indexOf(tuple);
            for (int r = 0; r < 3; r++) {
                assertEquals(input.value(r, c), saved.value(r, savedColumn), "original value " + tuple + " row " + r);
            }
        }
    }

    @Test
    void b11UniqueBodypartsStayUnderSingleAndSaveUnchanged() throws Exception {
        FieldCase b11 = FieldCase.copied("B11", temporary);
        LabelFile file = b11.human("vid1");
        PandasFrame input = PandasFrame.readHdf(file.file());

        LabelTable labels = table(file);
        assertEquals(List.of("m1", "m2", "single"), labels.individuals());
        assertEquals(List.of("food"), labels.bodyparts("single"));
        assertFalse(labels.bodyparts("m1").contains("food"));
        int img003 = labels.rows().indexOf(new RowKey.Image("labeled-data", "vid1", "img003.png"));
        for (int c = 0; c < labels.columnCount(); c++) {
            if (labels.column(c).individual().equals("m2")) {
                assertTrue(Double.isNaN(labels.value(img003, c)), "m2 is absent on img003, not at (0, 0)");
            }
        }
        assertEquals(CheckReport.CLEAN, b11.check().exitStatus(), b11.check().toString());

        PreparedLabels prepared = b11.prepare(file);
        assertEquals(List.of(), prepared.changes(), "nothing to bring in line");
        PandasFrame saved = PandasFrame.readHdf(FieldCase.save(prepared));
        assertEquals(18, saved.columns().size());
        assertSameColumnsAndValues(input, saved);
    }

    @Test
    void b12SingleAnimalMachineLabelsInAMultiAnimalProjectAreReported() throws Exception {
        FieldCase b12 = FieldCase.copied("B12", temporary);
        LabelFile human = b12.human("vid1");
        PandasFrame input = PandasFrame.readHdf(human.file());

        LabelTable labels = table(human);
        assertTrue(labels.isMultiAnimal());
        assertEquals(List.of("m1"), labels.individuals());
        assertEquals(3, labels.rowCount());
        CheckReport report = b12.check();
        assertTrue(reports(report, ProblemKind.HEADER_DEPTH_MISMATCH,
                "machinelabels-iter0.h5 has a single-animal header (3 levels) in a multi-animal project"),
                report.toString());
        assertEquals(2, table(b12.machine("vid1")).rowCount());

        PandasFrame saved = PandasFrame.readHdf(b12.saveWithoutEdits(human));
        assertTrue(saved.columns().stream().allMatch(column -> column.size() == 4), "4-level header kept");
        assertSameColumnsAndValues(input, saved);
    }

    @Test
    void b13ScorerDifferingFromConfigIsWarnedAndSavedAsTheConfigScorer() throws Exception {
        FieldCase b13 = FieldCase.copied("B13", temporary);
        LabelFile vid2 = b13.human("vid2");
        PandasFrame input = PandasFrame.readHdf(vid2.file());

        assertEquals(3, table(b13.human("vid1")).rowCount());
        assertEquals("annotB", table(vid2).scorer());
        CheckReport report = b13.check();
        assertEquals(1, report.problems(ProblemKind.SCORER_MISMATCH).size(), report.toString());
        assertTrue(reports(report, ProblemKind.SCORER_MISMATCH, "labeled-data/vid2/CollectedData_annotA.h5",
                "annotB", "annotA"), report.toString());

        Path h5 = b13.saveWithoutEdits(vid2);
        assertEquals(vid2.file(), h5, "the file keeps its name");
        PandasFrame saved = PandasFrame.readHdf(h5);
        PandasFrame savedCsv = PandasFrame.readCsv(h5.resolveSibling("CollectedData_annotA.csv"), 3, 3);
        assertTrue(saved.columns().stream().allMatch(column -> column.get(0).equals("annotA")));
        assertTrue(savedCsv.columns().stream().allMatch(column -> column.get(0).equals("annotA")));
        assertSameValues(input, saved);
        try (Stream<Path> files = Files.list(h5.getParent())) {
            assertTrue(files.noneMatch(path -> path.getFileName().toString().startsWith("CollectedData_annotB")));
        }
    }

    @Test
    void b15MissingImageIsReportedWithoutShiftingLabels() throws Exception {
        FieldCase b15 = FieldCase.copied("B15", temporary);
        LabelFile file = b15.human("vid1");
        PandasFrame input = PandasFrame.readHdf(file.file());

        CheckReport report = b15.check();
        List<String> missing = report.problems(ProblemKind.MISSING_IMAGE).stream().map(Problem::message).toList();
        assertEquals(List.of("labeled-data/vid1/img002.png, referenced by CollectedData_annot.h5, is missing."),
                missing);
        assertEquals(Severity.ERROR, report.problems(ProblemKind.MISSING_IMAGE).get(0).severity());
        LabelTable labels = table(file);
        int img003 = labels.rows().indexOf(new RowKey.Image("labeled-data", "vid1", "img003.png"));
        assertEquals(60.76, labels.value(img003, labels.columnIndex("", "nose", "x")), 1e-9);

        PandasFrame saved = PandasFrame.readHdf(b15.saveWithoutEdits(file));
        assertEquals(4, saved.rows().size());
        assertEquals(2, saved.row("img002.png"), "the img002 row is kept in place");
        assertSameColumnsAndValues(input, saved);
    }

    @Test
    void b16DuplicateMachineLabelRowsAreReportedAndTheFirstIsUsed() throws Exception {
        FieldCase b16 = FieldCase.shared("B16");

        CheckReport report = b16.check();
        assertTrue(reports(report, ProblemKind.DUPLICATE_ROW, "img004.png appears twice in machinelabels-iter0.h5",
                "first"), report.toString());
        LabelTable machine = table(b16.machine("vid1"));
        RowKey img004 = new RowKey.Image("labeled-data", "vid1", "img004.png");
        assertEquals(4, machine.rowCount(), "img003, img004 twice, img005");
        assertEquals(50.81, machine.value(machine.rows().indexOf(img004), machine.columnIndex("", "nose", "x")));
        assertEquals(3, table(b16.human("vid1")).rowCount());
        assertEquals(CheckReport.PROBLEMS, report.exitStatus());
    }

    @Test
    void b17NanPointsWithFullLikelihoodCountAsMissing() throws Exception {
        FieldCase b17 = FieldCase.shared("B17");
        LabelFile predictions = b17.project.videoOutputs().get(0);

        LabelTable labels = table(predictions);
        assertEquals(12, labels.rowCount());
        assertEquals(List.of("nose", "earL", "earR", "tail"), labels.bodyparts(""));
        int tailX = labels.columnIndex("", "tail", "x");
        int tailLikelihood = labels.columnIndex("", "tail", "likelihood");
        assertTrue(Double.isNaN(labels.value(2, tailX)));
        assertEquals(1.0, labels.value(2, tailLikelihood));
        assertEquals(45.0 / 48, NodeFacts.of(predictions).labeledShare(), 1e-12,
                "3 of 48 points are missing whatever their likelihood");
        assertEquals(CheckReport.CLEAN, b17.check().exitStatus(), b17.check().toString());
    }

    @Test
    void b18AllNanRowsSurviveASave() throws Exception {
        FieldCase b18 = FieldCase.copied("B18", temporary);
        LabelFile file = b18.human("vid1");
        PandasFrame input = PandasFrame.readHdf(file.file());
        PandasFrame inputCsv = PandasFrame.readCsv(file.csv().orElseThrow(), 3, 3);

        Path h5 = b18.saveWithoutEdits(file);
        PandasFrame saved = PandasFrame.readHdf(h5);
        PandasFrame savedCsv = PandasFrame.readCsv(file.csv().orElseThrow(), 3, 3);

        assertEquals(input.rows(), saved.rows(), "5 rows in the same order");
        assertSameColumnsAndValues(input, saved);
        assertEquals(inputCsv.rows(), savedCsv.rows());
        assertSameColumnsAndValues(inputCsv, savedCsv);
        assertTrue(Double.isNaN(saved.value(saved.row("img001.png"), 0)));
        file.forget();
        assertEquals(5, table(file).rowCount(), "every frame can be visited after the save");
    }

    @Test
    void b19DeletedKeypointStaysDeletedAfterSaveAndReopen() throws Exception {
        FieldCase b19 = FieldCase.copied("B19", temporary);
        LabelFile file = b19.human("vid1");
        PandasFrame input = PandasFrame.readHdf(file.file());

        PreparedLabels prepared = b19.prepare(file);
        LabelTable labels = prepared.table();
        int earLX = labels.columnIndex("", "earL", "x");
        int earLY = labels.columnIndex("", "earL", "y");
        assertEquals(38.62, labels.value(0, earLX));
        assertEquals(16.55, labels.value(0, earLY));
        labels.setValue(0, earLX, Double.NaN);
        labels.setValue(0, earLY, Double.NaN);
        Path h5 = FieldCase.save(prepared);

        LabelFile reopened = Project.open(b19.root).labeledVideo("vid1").orElseThrow().humanLabels().get(0);
        LabelTable again = table(reopened);
        assertTrue(Double.isNaN(again.value(0, again.columnIndex("", "earL", "x"))));
        for (PandasFrame saved : List.of(PandasFrame.readHdf(h5),
                PandasFrame.readCsv(h5.resolveSibling("CollectedData_annot.csv"), 3, 3))) {
            int changed = 0;
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 8; c++) {
                    boolean deleted = r == 0 && input.columns().get(c).get(1).equals("earL");
                    if (deleted) {
                        assertTrue(Double.isNaN(saved.value(r, c)));
                        changed++;
                    } else {
                        assertEquals(input.value(r, c), saved.value(r, c), "row " + r + " column " + c);
                    }
                }
            }
            assertEquals(2, changed, "earL x and y on img000");
        }
    }

    @Test
    void b21TinyProjectsLoadAndCheck() throws Exception {
        List<Project> projects = ProjectDiscovery.discover(SharedData.caseProject("B21"));

        assertEquals(List.of("identical_poses", "single_frame"), projects.stream().map(Project::name).toList());
        for (Project project : projects) {
            CheckReport report = LabelChecker.check(project);
            assertEquals(CheckReport.CLEAN, report.exitStatus(), report.toString());
        }
        NodeFacts single = NodeFacts.of(projects.get(1));
        assertEquals(3, single.frames());
        assertEquals(1.0 / 3, single.labeledShare(), 1e-12, "only img000 is labeled");
        assertEquals(6, NodeFacts.of(projects.get(0)).frames());
    }

    @Test
    void b23SingleBodypartProjectLoadsChecksAndSaves() throws Exception {
        FieldCase b23 = FieldCase.copied("B23", temporary);
        LabelFile file = b23.human("vid1");
        PandasFrame input = PandasFrame.readHdf(file.file());

        LabelTable labels = table(file);
        assertEquals(5, labels.rowCount());
        assertEquals(List.of("center"), labels.bodyparts(""));
        assertEquals(CheckReport.CLEAN, b23.check().exitStatus(), b23.check().toString());

        assertSameColumnsAndValues(input, PandasFrame.readHdf(b23.saveWithoutEdits(file)));
    }
}
