package org.posescope.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.posescope.cluster.model.Robust;
import org.posescope.labels.project.ImageSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// TODO [2026-12]: nothing is kept between scans, so the workbench's scan after every save decodes every image of the
// file again (about 5 ms each); keeping the patches of unchanged rows would make it the cost of the edited frames.
/**
 * What the frame image shows under each labeled keypoint: a small square of brightness, sampled on a
 * {@value #GRID} by {@value #GRID} grid centred on the label and turned with the body. Its side is
 * {@value #SIDE_OF_BODY} of the typical body size (the largest distance between two keypoints of a pose, median
 * over the frames of one image size). One size for all frames of a size keeps the squares comparable; a folder
 * mixing two camera resolutions gets one per resolution, and its patches are compared within each.
 */
final class KeypointPatches {

    static final int GRID = 9;
    private static final double SIDE_OF_BODY = 0.3;
    private static final int IMAGES_PER_STEP = 8;
    private static final Logger LOG = LoggerFactory.getLogger(KeypointPatches.class);

    /** Per sample and keypoint ({@code sample * keypoints + keypoint}), the patch, or null where there is none. */
    private final float[][] patches;
    /** Per sample and keypoint, whether the label lies outside its frame's image (it then has no patch). */
    private final boolean[] outside;
    /** Per sample, which image size its frame has (patches are compared within one size only). */
    private final int[] groupOfSample;
    private final int framesRead;
    private final int framesWithout;

    private KeypointPatches(float[][] patches, boolean[] outside, int[] groupOfSample, int framesRead,
            int framesWithout) {
        this.patches = patches;
        this.outside = outside;
        this.groupOfSample = groupOfSample;
        this.framesRead = framesRead;
        this.framesWithout = framesWithout;
    }

    /**
     * Reads the images of the comparable samples' rows and samples a patch under each labeled keypoint.
     *
     * @return the patches (none where no image could be read), or empty when no row names an image
     */
    static Optional<KeypointPatches> sample(PoseSet poses, int[] comparable, ModelCoordinates model,
            FrameImageSource images, ScanProgress progress, String task, double from, double to) {
        // Only rows that name an image are gathered: a million video frames name none and cost no map entries.
        // The samples of one row (its animals) are consecutive.
        Map<Integer, List<Integer>> samplesOfRow = new LinkedHashMap<>();
        Map<Integer, Path> imageOfRow = new HashMap<>();
        int lastRow = -1;
        Optional<Path> lastImage = Optional.empty();
        for (int s : comparable) {
            int row = poses.row(s);
            if (row != lastRow) {
                lastRow = row;
                lastImage = images.imageOf(row);
            }
            if (lastImage.isPresent()) {
                imageOfRow.put(row, lastImage.get());
                samplesOfRow.computeIfAbsent(row, r -> new ArrayList<>()).add(s);
            }
        }
        if (imageOfRow.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, ImageSize> dimensionsOfRow = new HashMap<>();
        for (Map.Entry<Integer, Path> image : imageOfRow.entrySet()) {
            try {
                dimensionsOfRow.put(image.getKey(), ImageSize.of(image.getValue()));
            } catch (IOException e) {
                LOG.debug("No image for row {}: {}", image.getKey(), e.getMessage());
            }
        }

        Map<ImageSize, Double> halfSideOfDimensions = halfSides(poses, samplesOfRow, dimensionsOfRow);
        int k = poses.keypointCount();
        float[][] patches = new float[poses.size() * k][];
        boolean[] outside = new boolean[poses.size() * k];
        int[] groupOfSample = new int[poses.size()];
        Map<ImageSize, Integer> groupOfDimensions = new HashMap<>();
        dimensionsOfRow.forEach((row, dimensions) -> {
            int group = groupOfDimensions.computeIfAbsent(dimensions, d -> groupOfDimensions.size());
            samplesOfRow.get(row).forEach(s -> groupOfSample[s] = group);
        });
        Integer[] rows = dimensionsOfRow.keySet().stream().sorted().toArray(Integer[]::new);
        boolean[] read = new boolean[rows.length];
        Chunks.forEach(rows.length, IMAGES_PER_STEP, i -> {
            Path file = imageOfRow.get(rows[i]);
            GrayImage image;
            try {
                image = GrayImage.read(file);
            } catch (IOException | RuntimeException e) {
                LOG.debug("Cannot decode {}: {}", file, e.getMessage());
                return;
            }
            read[i] = true;
            ImageSize size = dimensionsOfRow.get(rows[i]);
            double halfSide = halfSideOfDimensions.get(size);
            for (int s : samplesOfRow.get(rows[i])) {
                for (int j = 0; j < k; j++) {
                    if (!poses.isLabeled(s, j)) {
                        continue;
                    }
                    if (size.contains(poses.x(s, j), poses.y(s, j))) {
                        patches[s * k + j] = patch(image, poses.x(s, j), poses.y(s, j), halfSide, model.turn(s));
                    } else {
                        outside[s * k + j] = true;
                    }
                }
            }
        }, progress, task, from, to);

        int framesRead = 0;
        for (boolean r : read) {
            framesRead += r ? 1 : 0;
        }
        return Optional.of(new KeypointPatches(patches, outside, groupOfSample, framesRead,
                imageOfRow.size() - framesRead));
    }

    /** Half the patch side for each image size: a share of the median body size among its frames' poses. */
    private static Map<ImageSize, Double> halfSides(PoseSet poses, Map<Integer, List<Integer>> samplesOfRow,
            Map<Integer, ImageSize> dimensionsOfRow) {
        Map<ImageSize, List<Double>> bodySizes = new HashMap<>();
        dimensionsOfRow.forEach((row, size) -> samplesOfRow.get(row).forEach(s -> bodySizes
                .computeIfAbsent(size, d -> new ArrayList<>()).add(bodySize(poses, s))));
        Map<ImageSize, Double> halfSides = new HashMap<>();
        bodySizes.forEach((size, sizes) -> {
            double[] values = sizes.stream().mapToDouble(Double::doubleValue).toArray();
            halfSides.put(size, Math.max(1, SIDE_OF_BODY * Robust.median(values, values.length) / 2));
        });
        return halfSides;
    }

    /** The largest distance between two labeled keypoints of a sample, in pixels. */
    private static double bodySize(PoseSet poses, int sample) {
        double largest = 0;
        for (int a = 0; a < poses.keypointCount(); a++) {
            for (int b = a + 1; b < poses.keypointCount(); b++) {
                if (poses.isLabeled(sample, a) && poses.isLabeled(sample, b)) {
                    double dx = poses.x(sample, a) - poses.x(sample, b);
                    double dy = poses.y(sample, a) - poses.y(sample, b);
                    largest = Math.max(largest, dx * dx + dy * dy);
                }
            }
        }
        return Math.sqrt(largest);
    }

    /**
     * The patch on a grid turned as the pose is turned relative to the mean pose, so that the same keypoint's
     * patches line up with the body (the tail on the same side) in whatever direction the animal faces.
     */
    private static float[] patch(GrayImage image, double x, double y, double halfSide, double turn) {
        float[] values = new float[GRID * GRID];
        double step = 2 * halfSide / (GRID - 1);
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        for (int row = 0; row < GRID; row++) {
            double v = -halfSide + row * step;
            for (int column = 0; column < GRID; column++) {
                double u = -halfSide + column * step;
                // (u, v) is an offset in the mean pose's frame; turned back by the alignment's angle into the image.
                values[row * GRID + column] = (float) image.at(x + cos * u + sin * v, y - sin * u + cos * v);
            }
        }
        return values;
    }

    float[][] patches() {
        return patches;
    }

    boolean[] outside() {
        return outside;
    }

    int[] groupOfSample() {
        return groupOfSample;
    }

    int framesRead() {
        return framesRead;
    }

    /** Frames whose image was missing or could not be decoded. */
    int framesWithout() {
        return framesWithout;
    }
}
