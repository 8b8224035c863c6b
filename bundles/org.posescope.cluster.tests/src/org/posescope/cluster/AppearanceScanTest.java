package org.posescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.labels.LabelTable;
import org.posescope.testsupport.SharedData;

/**
 * Scans with the frame images, on the real openfield labels and images: a keypoint put beside the spot it names is
 * found by what lies under it, where its position alone hides it among the ways a mouse bends.
 */
class AppearanceScanTest {

    private static final int[] MOVED_FRAMES = {5, 20, 50, 75, 90};

    private static Path project() {
        return SharedData.data().resolve("openfield-Pranav-2018-10-30");
    }

    private static Path labelFile() {
        return project().resolve("labeled-data/m4s1/CollectedData_Pranav.h5");
    }

    /** The labels with the tail base of one frame moved across the body by a quarter of the snout-to-tail length. */
    private static LabelTable withTailBaseMovedAside(int frame) {
        LabelTable table = TestPoses.table(labelFile()).copy();
        int snoutX = table.columnIndex("", "snout", "x");
        int snoutY = table.columnIndex("", "snout", "y");
        int tailX = table.columnIndex("", "tailbase", "x");
        int tailY = table.columnIndex("", "tailbase", "y");
        double alongX = table.value(frame, snoutX) - table.value(frame, tailX);
        double alongY = table.value(frame, snoutY) - table.value(frame, tailY);
        table.setValue(frame, tailX, table.value(frame, tailX) - 0.25 * alongY);
        table.setValue(frame, tailY, table.value(frame, tailY) + 0.25 * alongX);
        return table;
    }

    private static ScanResult scanWithImages(LabelTable table) {
        return Scanner.scan(LabelPoses.fromTable(table), ScanSettings.defaults(), ScanProgress.NONE,
                FrameImageSource.of(table, project(), labelFile()));
    }

    @Test
    void aTailBaseMovedOffTheBodyRanksHigherWithTheImagesAndIsAmongTheSuspects() {
        int ranksWithImages = 0;
        int ranksWithout = 0;
        int named = 0;
        for (int frame : MOVED_FRAMES) {
            LabelTable table = withTailBaseMovedAside(frame);

            SampleResult withImages = scanWithImages(table).sample(frame);
            SampleResult without = Scanner.scan(LabelPoses.fromTable(table), ScanSettings.defaults()).sample(frame);

            assertTrue(withImages.rank() < without.rank(), "frame " + frame + " ranks " + withImages.rank()
                    + " with the images, " + without.rank() + " by position alone");
            if (!withImages.suspects().isEmpty()) {
                assertTrue(withImages.suspects().contains("tailbase"), "frame " + frame + ": " + withImages);
                named++;
            }
            ranksWithImages += withImages.rank();
            ranksWithout += without.rank();
        }
        assertTrue(ranksWithImages * 2 < ranksWithout, "the images lift the moved frames: ranks " + ranksWithImages
                + " in all with images, " + ranksWithout + " without");
        assertTrue(named >= 2, "the tail base is named in " + named + " of " + MOVED_FRAMES.length + " frames");
    }

    @Test
    void theUntouchedLabelsAreRarelyCalledUnlikeAndNoNoteIsNeeded() {
        LabelTable table = TestPoses.table(labelFile());

        ScanResult result = scanWithImages(table);

        assertEquals("swap leftear/rightear", result.sample(102).reason(), "the real ear swap is still called one,"
                + " though the image under each ear looks like an ear");
        long unlike = result.top(result.size()).stream().filter(s -> s.reason().contains("looks unlike")).count();
        assertTrue(unlike <= 3, "at most 3 of 116 correct frames look unlike their keypoints' others: " + unlike);
        assertTrue(result.messages().isEmpty(), "every image was read: " + result.messages());
    }

    @Test
    void aLabelOffTheImageIsNamedFirst() {
        // The tail base pushed 60 pixels down from frame 30's, past the bottom of the 640 by 480 image.
        LabelTable table = TestPoses.table(labelFile()).copy();
        int tailY = table.columnIndex("", "tailbase", "y");
        table.setValue(30, tailY, 490);

        SampleResult moved = scanWithImages(table).sample(30);

        assertEquals("tailbase", moved.suspects().get(0), moved.toString());
        assertTrue(moved.reason().startsWith("tailbase outside the image"), moved.reason());
        assertTrue(moved.rank() <= 3, "a certain mistake ranks near the top: " + moved.rank());
    }

    @Test
    void whenNoImageCanBeReadTheNoteSaysSoOnce(@TempDir Path elsewhere) {
        LabelTable table = TestPoses.table(labelFile());

        ScanResult result = Scanner.scan(LabelPoses.fromTable(table), ScanSettings.defaults(), ScanProgress.NONE,
                FrameImageSource.of(table, elsewhere, elsewhere.resolve("labeled-data/m4s1/CollectedData_Pranav.h5")));

        assertEquals(List.of("None of the 116 frame images the labels name could be read (they are missing or are not"
                + " images), so only the keypoints' positions were compared."), result.messages());
    }

    @Test
    void withoutImagesTheScanIsThePositionsAloneAndSaysWhyWhenTooFewAreThere() {
        // Field case B15: four labeled frames, one image missing, so three images: too few to compare.
        Path project = SharedData.caseProject("B15");
        Path file = project.resolve("labeled-data/vid1/CollectedData_annot.h5");
        LabelTable table = TestPoses.table(file);
        PoseSet poses = LabelPoses.fromTable(table);

        ScanResult withImages = Scanner.scan(poses, ScanSettings.defaults(), ScanProgress.NONE,
                FrameImageSource.of(table, project, file));
        ScanResult without = Scanner.scan(poses, ScanSettings.defaults());

        for (int s = 0; s < poses.size(); s++) {
            assertEquals(without.sample(s).score(), withImages.sample(s).score(), 0, "sample " + s);
        }
        assertTrue(withImages.messages().contains("1 of 4 frames have no image that could be read; the other 3 are"
                + " too few to compare what lies under each keypoint (8 are needed), so only positions were compared."),
                withImages.messages().toString());
    }
}
