package org.posescope.ui.frame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.project.FrameImagePaths;
import org.posescope.labels.project.ImageSize;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.Project;
import org.posescope.labels.project.ProjectConfig;

/** Builds the {@link FrameContent} of one row of a label table, with the project's colours and skeleton. */
public final class FrameContents {

    private static final double DEFAULT_EXTENT = 640;

    private FrameContents() {
    }

    /**
     * @param project the project whose config gives colormap, bodyparts and skeleton (may lack a config)
     * @param file the label file the table belongs to
     * @param table the table to draw from (a document's edited table or the file as read)
     * @param row the row to draw
     * @param suspectIndividual the individual of a selected sample ("" for single-animal tables)
     * @param suspects the bodyparts the sample's scan points at, empty for none
     */
    public static FrameContent of(Project project, LabelFile file, LabelTable table, int row,
            String suspectIndividual, List<String> suspects) {
        Optional<ProjectConfig> config = project.config();
        List<String> bodyparts = bodypartOrder(config, table);
        List<String> individuals = table.individuals();

        List<FrameKeypoint> keypoints = new ArrayList<>();
        for (String individual : individuals) {
            for (String bodypart : table.bodyparts(individual)) {
                int xColumn = table.columnIndex(individual, bodypart, "x");
                int yColumn = table.columnIndex(individual, bodypart, "y");
                if (xColumn < 0 || yColumn < 0) {
                    continue;
                }
                keypoints.add(new FrameKeypoint(individual, bodypart, xColumn, yColumn, table.value(row, xColumn),
                        table.value(row, yColumn), Math.max(0, bodyparts.indexOf(bodypart)),
                        individuals.indexOf(individual)));
            }
        }

        Set<String> suspectNames = new LinkedHashSet<>();
        suspects.forEach(bodypart -> suspectNames.add(suspectIndividual.isEmpty() ? bodypart
                : suspectIndividual + " " + bodypart));

        String colormap = config.map(ProjectConfig::colormap).orElse(Colormaps.FALLBACK);
        double[] extent = siblingImageSize(project, file, table).map(size -> new double[] {size.width(), size.height()})
                .orElseGet(() -> extent(table, keypoints));
        RowKey key = table.row(row);
        return new FrameContent(key.display() + "   (" + file.fileName() + ", row " + (row + 1) + " of "
                + table.rowCount() + ")", imageOf(project, file, key), keypoints,
                config.map(ProjectConfig::skeleton).orElse(List.of()),
                List.of(Colormaps.colours(colormap, Math.max(1, bodyparts.size()))), suspectNames, extent[0],
                extent[1]);
    }

    /** The image file a row names, resolved in the project; empty for video frame rows. */
    public static Optional<Path> imageOf(Project project, LabelFile file, RowKey key) {
        return FrameImagePaths.imageOf(project.root(), file, key);
    }

    private static List<String> bodypartOrder(Optional<ProjectConfig> config, LabelTable table) {
        LinkedHashSet<String> order = new LinkedHashSet<>(config.map(ProjectConfig::allBodyparts).orElse(List.of()));
        table.individuals().forEach(individual -> order.addAll(table.bodyparts(individual)));
        return List.copyOf(order);
    }

    /** The largest labeled coordinates of the whole table, so frames without an image share one scale. */
    /**
     * The size of the first image of the file that is on disk: a frame whose own image is missing is drawn on a
     * canvas of its folder's frame size, not one stretched to its keypoints.
     */
    private static Optional<ImageSize> siblingImageSize(Project project, LabelFile file, LabelTable table) {
        for (RowKey key : table.rows()) {
            Optional<Path> image = imageOf(project, file, key);
            if (image.isEmpty()) {
                return Optional.empty();
            }
            if (Files.isRegularFile(image.get())) {
                try {
                    return Optional.of(ImageSize.of(image.get()));
                } catch (IOException e) {
                    // An unreadable image says nothing of its folder's frame size; the next one may.
                }
            }
        }
        return Optional.empty();
    }

    /** An extent that holds every keypoint of the file, for frames without any image to size them. */
    private static double[] extent(LabelTable table, List<FrameKeypoint> keypoints) {
        double width = 0;
        double height = 0;
        for (FrameKeypoint keypoint : keypoints) {
            for (int r = 0; r < table.rowCount(); r++) {
                double x = table.value(r, keypoint.xColumn());
                double y = table.value(r, keypoint.yColumn());
                width = Double.isFinite(x) ? Math.max(width, x) : width;
                height = Double.isFinite(y) ? Math.max(height, y) : height;
            }
        }
        return new double[] {width > 0 ? width * 1.05 : DEFAULT_EXTENT, height > 0 ? height * 1.05 : DEFAULT_EXTENT};
    }
}
