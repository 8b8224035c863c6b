package org.posescope.ui.scan;

import java.util.List;
import java.util.Optional;

import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.Project;

/**
 * Decides which label file a selection in the workspace browser stands for: a file is itself; a labeled video
 * stands for its human labels (machine labels where there are none); a project for its first labeled video that
 * has labels, else its first video output.
 */
final class ScanTargets {

    private ScanTargets() {
    }

    static Optional<LabelFile> fileFor(Object node) {
        return switch (node) {
            case LabelFile file -> Optional.of(file);
            case LabeledVideo video -> fileOf(video);
            case Project project -> fileOf(project);
            case null, default -> Optional.empty();
        };
    }

    /** The open project that holds {@code file}, found by identity first and by folder otherwise. */
    static Optional<Project> projectOf(LabelFile file, List<Project> projects) {
        for (Project project : projects) {
            if (project.labelFiles().contains(file)) {
                return Optional.of(project);
            }
        }
        return projects.stream().filter(project -> file.file().startsWith(project.root())).findFirst();
    }

    private static Optional<LabelFile> fileOf(LabeledVideo video) {
        return video.humanLabels().stream().findFirst().or(() -> video.machineLabels().stream().findFirst());
    }

    private static Optional<LabelFile> fileOf(Project project) {
        for (LabeledVideo video : project.labeledVideos()) {
            Optional<LabelFile> file = fileOf(video);
            if (file.isPresent()) {
                return file;
            }
        }
        return project.videoOutputs().stream().findFirst();
    }
}
