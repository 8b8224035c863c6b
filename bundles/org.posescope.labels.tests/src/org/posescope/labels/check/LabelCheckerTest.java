package org.posescope.labels.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.SharedData;

class LabelCheckerTest {

    @TempDir
    Path temporary;

    @Test
    void aCleanRealProjectExitsZero() {
        CheckReport report = LabelChecker.check(SharedData.data().resolve("openfield-Pranav-2018-10-30"));

        assertEquals(CheckReport.CLEAN, report.exitStatus(), report.toString());
        assertEquals(2, report.filesRead(), "config.yaml and CollectedData_Pranav.h5");
    }

    @Test
    void aLabelFileOrAVideoFolderIsCheckedWithinItsProject() {
        Path video = SharedData.caseProject("B13").resolve("labeled-data/vid2");

        CheckReport folder = LabelChecker.check(video);
        CheckReport file = LabelChecker.check(video.resolve("CollectedData_annotA.csv"));
        CheckReport otherVideo = LabelChecker.check(SharedData.caseProject("B13").resolve("labeled-data/vid1"));

        assertEquals(1, folder.problems(ProblemKind.SCORER_MISMATCH).size());
        assertEquals(1, file.problems(ProblemKind.SCORER_MISMATCH).size());
        assertEquals(CheckReport.CLEAN, otherVideo.exitStatus(), otherVideo.toString());
    }

    @Test
    void aFolderOfProjectsChecksThemAll() {
        CheckReport report = LabelChecker.check(SharedData.cases());

        assertEquals(1, report.problems(ProblemKind.SCORER_MISMATCH).size(), "B13");
        assertEquals(1, report.problems(ProblemKind.HEADER_DEPTH_MISMATCH).size(), "B12");
        assertEquals(2, report.problems(ProblemKind.MALFORMED_HEADER).size(), "B06 repaired, B08 vid2 refused");
        assertEquals(1, report.problems(ProblemKind.DUPLICATE_ROW).size());
        assertEquals(1, report.problems(ProblemKind.MISSING_IMAGE).size(), "only B15 lacks an image");
        assertEquals(CheckReport.PROBLEMS, report.exitStatus());
    }

    @Test
    void neverLabeledBodypartIsAWarning() {
        CheckReport report = LabelChecker.check(SharedData.data().resolve("synthetic/missing_data"));

        assertTrue(FieldCase.reports(report, ProblemKind.BODYPART_NEVER_LABELED, "tailtip"), report.toString());
    }

    @Test
    void nothingReadableExitsTwo() throws IOException {
        Files.writeString(temporary.resolve("config.yaml"), "scorer: [oops\n");
        Path video = Files.createDirectories(temporary.resolve("labeled-data/v1"));
        Files.writeString(video.resolve("CollectedData_me.h5"), "not HDF5");

        CheckReport report = LabelChecker.check(temporary);

        assertEquals(CheckReport.NOTHING_READ, report.exitStatus(), report.toString());
        assertEquals(1, report.problems(ProblemKind.CONFIG_UNREADABLE).size());
        assertEquals(1, report.problems(ProblemKind.FILE_UNREADABLE).size());
        assertEquals(CheckReport.NOTHING_READ, LabelChecker.check(temporary.resolve("absent")).exitStatus());
    }
}
