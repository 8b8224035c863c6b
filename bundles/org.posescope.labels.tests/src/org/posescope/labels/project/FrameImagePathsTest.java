package org.posescope.labels.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.posescope.labels.RowKey;

/** Which image a row names, however its key is spelled. */
class FrameImagePathsTest {

    private static final Path PROJECT = Path.of("/data/proj");
    private static final Path LABELS = PROJECT.resolve("labeled-data/vid1/CollectedData_annot.h5");
    private static final Path IMAGE = PROJECT.resolve("labeled-data/vid1/img003.png");

    private static Optional<Path> imageOf(Path projectRoot, RowKey key) {
        return FrameImagePaths.imageOf(projectRoot, LABELS, "vid1", key);
    }

    @Test
    void theThreePartKeyNamesTheImageInItsVideoFolder() {
        assertEquals(Optional.of(IMAGE), imageOf(PROJECT, new RowKey.Image("labeled-data", "vid1", "img003.png")));
    }

    @Test
    void aWindowsPathAndABareNameNameTheSameImage() {
        // Field cases B02 (back slashes) and B01 (the image name alone, as a labeling tool saved it).
        assertEquals(Optional.of(IMAGE), imageOf(PROJECT, new RowKey.Image("", "", "labeled-data\\vid1\\img003.png")));
        assertEquals(Optional.of(IMAGE), imageOf(PROJECT, new RowKey.Image("", "", "img003.png")));
    }

    @Test
    void aKeyNamingAnotherVideoIsLookedForInThatVideosFolder() {
        assertEquals(Optional.of(PROJECT.resolve("labeled-data/vid2/img003.png")),
                imageOf(PROJECT, new RowKey.Image("labeled-data", "vid2", "img003.png")));
    }

    @Test
    void outsideAProjectTheImagesAreLookedForBesideTheLabelFile() {
        assertEquals(Optional.of(IMAGE), imageOf(null, new RowKey.Image("labeled-data", "vid1", "img003.png")));
    }

    @Test
    void aVideoFrameNumberNamesNoImage() {
        assertEquals(Optional.empty(), imageOf(PROJECT, new RowKey.Frame(12)));
    }
}
