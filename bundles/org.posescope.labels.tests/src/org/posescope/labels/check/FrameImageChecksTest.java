package org.posescope.labels.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.labels.project.CaseCopy;

/**
 * The checks of the frame images a label file names, on copies of field case B19 (two frames of 64 by 48 pixels,
 * nose, earL, earR and tail labeled in both).
 */
class FrameImageChecksTest {

    @TempDir
    Path temporary;

    private static List<String> messages(CheckReport report, ProblemKind kind) {
        return report.problems(kind).stream().map(Problem::message).toList();
    }

    @Test
    void aTruncatedImageIsNamedAsUnreadable() throws IOException {
        Path project = CaseCopy.of("B19", temporary);
        Path image = project.resolve("labeled-data/vid1/img001.png");
        byte[] bytes = Files.readAllBytes(image);
        Files.write(image, Arrays.copyOf(bytes, 20));

        CheckReport report = LabelChecker.check(project);

        assertEquals(List.of("labeled-data/vid1/img001.png, referenced by CollectedData_annot.h5, is not an image"
                + " that can be read."), messages(report, ProblemKind.IMAGE_UNREADABLE));
        assertEquals(Severity.ERROR, report.problems(ProblemKind.IMAGE_UNREADABLE).get(0).severity());
    }

    @Test
    void labelsOffASmallerImageAreEachNamedWithWhereTheyLie() throws IOException {
        // img000 replaced by a 40 by 30 image: nose (50.41, 23.31) and earR (40.94, 31.24) lie off it.
        Path project = CaseCopy.of("B19", temporary);
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY), "png",
                project.resolve("labeled-data/vid1/img000.png").toFile());

        CheckReport report = LabelChecker.check(project);

        assertEquals(List.of("labeled-data/vid1/img000.png: nose at (50.4, 23.3), labeled in CollectedData_annot.h5,"
                + " lies outside the 40 x 30 image.", "labeled-data/vid1/img000.png: earR at (40.9, 31.2), labeled in"
                + " CollectedData_annot.h5, lies outside the 40 x 30 image."),
                messages(report, ProblemKind.LABEL_OUTSIDE_IMAGE));
        assertEquals(Severity.WARNING, report.problems(ProblemKind.LABEL_OUTSIDE_IMAGE).get(0).severity());
    }

    @Test
    void aFolderWithNoneOfItsImagesSaysSoInOneSentence() throws IOException {
        Path project = CaseCopy.of("B19", temporary);
        Files.delete(project.resolve("labeled-data/vid1/img000.png"));
        Files.delete(project.resolve("labeled-data/vid1/img001.png"));

        CheckReport report = LabelChecker.check(project);

        assertEquals(List.of("None of the 2 images referenced by CollectedData_annot.h5 is on disk (looked for in"
                + " labeled-data/vid1)."), messages(report, ProblemKind.MISSING_IMAGE));
    }

    @Test
    void theUntouchedCaseHasNoImageProblems() {
        CheckReport report = LabelChecker.check(CaseCopy.of("B19", temporary));

        assertEquals(List.of(), messages(report, ProblemKind.IMAGE_UNREADABLE));
        assertEquals(List.of(), messages(report, ProblemKind.LABEL_OUTSIDE_IMAGE));
        assertEquals(List.of(), messages(report, ProblemKind.MISSING_IMAGE));
    }
}
