package org.posescope.cluster;

import java.nio.file.Path;
import java.util.Optional;

import org.posescope.labels.LabelTable;
import org.posescope.labels.project.FrameImagePaths;

/**
 * The image file of each row of the label table a pose set was made from, so that a scan can compare what lies
 * under each keypoint with what lies under it in the other frames. Rows of video inference name frame numbers, not
 * images, and have none.
 */
@FunctionalInterface
public interface FrameImageSource {

    /** No images: poses are judged by their positions alone. */
    FrameImageSource NONE = row -> Optional.empty();

    /** The image the table row names (a file that may be missing), or empty. */
    Optional<Path> imageOf(int row);

    /**
     * The images a label file's rows name, looked for where DeepLabCut looks for them.
     *
     * @param projectRoot the project holding the file, or null for a file outside any project
     */
    static FrameImageSource of(LabelTable table, Path projectRoot, Path labelFile) {
        Path folder = labelFile.toAbsolutePath().getParent();
        String video = folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
        return row -> FrameImagePaths.imageOf(projectRoot, labelFile, video, table.row(row));
    }
}
