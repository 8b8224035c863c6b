package org.posescope.labels.project;

import java.nio.file.Path;
import java.util.Optional;

import org.posescope.labels.RowKey;

/**
 * Where the image that a row of a label table names lies on disk, whatever the spelling of its key: the three-part
 * key DeepLabCut writes, a Windows path, or a bare image name as some labeling tools save it. DeepLabCut itself
 * looks for {@code <project>/labeled-data/<video>/<image>}, so only the last part of the image and of the video
 * name count; a key without a video belongs to the folder of the label file.
 */
public final class FrameImagePaths {

    private FrameImagePaths() {
    }

    /**
     * @param projectRoot the project's folder, or null for a label file outside any project (its images are then
     *        looked for beside it)
     * @param labelFile the label file the row belongs to
     * @param labelFolderVideo the video the label file belongs to (its labeled-data folder's name)
     * @param key the row's key
     * @return the image file (which may not exist), or empty for a video frame number
     */
    public static Optional<Path> imageOf(Path projectRoot, Path labelFile, String labelFolderVideo, RowKey key) {
        if (!(key instanceof RowKey.Image image)) {
            return Optional.empty();
        }
        String name = lastPart(image.image());
        String video = image.video().isEmpty() ? labelFolderVideo : lastPart(image.video());
        if (projectRoot == null) {
            Path folder = labelFile.toAbsolutePath().getParent();
            Path beside = folder.getFileName() != null && folder.getFileName().toString().equals(video) ? folder
                    : folder.resolveSibling(video);
            return Optional.of(beside.resolve(name));
        }
        return Optional.of(projectRoot.resolve(RowKey.Image.LABELED_DATA).resolve(video).resolve(name));
    }

    /** The same for a label file found in a project or given by itself. */
    public static Optional<Path> imageOf(Path projectRoot, LabelFile file, RowKey key) {
        return imageOf(projectRoot, file.file(), file.videoName(), key);
    }

    private static String lastPart(String path) {
        String forward = path.replace('\\', '/');
        return forward.substring(forward.lastIndexOf('/') + 1);
    }
}
