package org.posescope.labels.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.labels.project.CaseCopy;
import org.posescope.testsupport.SharedData;

/**
 * A biologist corrects {@code CollectedData_<scorer>.csv} in a spreadsheet; DeepLabCut reads the .h5 beside it, so
 * the check must say that the two disagree.
 */
class CsvTwinCheckTest {

    private static final String FIRST_ROW = "labeled-data,vid1,img000.png,50.41,23.31,";

    @TempDir
    Path scratch;

    @Test
    void aCsvEditedInASpreadsheetIsReportedAgainstItsH5() throws IOException {
        Path csv = b19Csv(FIRST_ROW, "labeled-data,vid1,img000.png,99.9,23.31,");

        CheckReport report = LabelChecker.check(csv.getParent().getParent().getParent());

        List<Problem> twins = report.problems(ProblemKind.CSV_TWIN_DIFFERS);
        assertEquals(1, twins.size(), report.toString());
        assertEquals(Severity.WARNING, twins.get(0).severity());
        assertEquals(csv, twins.get(0).file());
        assertEquals("CollectedData_annot.csv does not hold the same labels as CollectedData_annot.h5: 1 of 16 cells"
                + " differs (the first is img000.png, nose x: 99.9 in the .csv, 50.41 in the .h5). DeepLabCut reads"
                + " the .h5, so it uses the .h5's labels and ignores what differs in the .csv.",
                twins.get(0).message());
        assertEquals(CheckReport.PROBLEMS, report.exitStatus());
    }

    @Test
    void aCellClearedOnlyInTheCsvCountsAsADifference() throws IOException {
        Path csv = b19Csv(FIRST_ROW, "labeled-data,vid1,img000.png,,,");

        List<Problem> twins = LabelChecker.check(csv).problems(ProblemKind.CSV_TWIN_DIFFERS);

        assertEquals(1, twins.size());
        assertTrue(twins.get(0).message().contains("2 of 16 cells differ (the first is img000.png, nose x: empty in"
                + " the .csv, 50.41 in the .h5)"), twins.get(0).message());
    }

    @Test
    void aRowOnlyInTheCsvIsNamed() throws IOException {
        Path csv = b19Csv(FIRST_ROW, "labeled-data,vid1,img009.png,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0\n" + FIRST_ROW);

        List<Problem> twins = LabelChecker.check(csv).problems(ProblemKind.CSV_TWIN_DIFFERS);

        assertEquals(1, twins.size());
        assertTrue(twins.get(0).message().contains("1 row is only in the .csv (img009.png)"), twins.get(0).message());
    }

    /** Another writer may print one digit fewer or more; that is the same label. */
    @Test
    void aDifferenceBelowTheRelativeToleranceIsNoDifference() throws IOException {
        Path csv = b19Csv(FIRST_ROW, "labeled-data,vid1,img000.png,50.41000000001,23.31,");

        CheckReport report = LabelChecker.check(csv);

        assertEquals(List.of(), report.problems(ProblemKind.CSV_TWIN_DIFFERS));
        assertEquals(CheckReport.CLEAN, report.exitStatus(), report.toString());
    }

    @Test
    void aTwinSavedWithSemicolonsIsReportedThoughTheH5IsRead() throws IOException {
        Path csv = b19Csv(",", ";");

        List<Problem> twins = LabelChecker.check(csv).problems(ProblemKind.CSV_TWIN_DIFFERS);

        assertEquals(1, twins.size());
        assertTrue(twins.get(0).message().contains("semicolons"), twins.get(0).message());
        assertTrue(twins.get(0).message().contains("DeepLabCut reads CollectedData_annot.h5"), twins.get(0).message());
    }

    /** Every pair of twins in the shared real data and field cases was written together and holds the same labels. */
    @Test
    void theSharedTwinsAgree() {
        CheckReport report = LabelChecker.check(SharedData.data()).and(LabelChecker.check(SharedData.cases()));

        assertEquals(List.of(), report.problems(ProblemKind.CSV_TWIN_DIFFERS));
    }

    /** Copies field case B19 and replaces {@code original} by {@code edited} in its csv only. */
    private Path b19Csv(String original, String edited) throws IOException {
        Path csv = CaseCopy.of("B19", scratch).resolve("labeled-data/vid1/CollectedData_annot.csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains(original), "B19's csv is as this test expects");
        Files.writeString(csv, text.replace(original, edited), StandardCharsets.UTF_8);
        return csv;
    }
}
