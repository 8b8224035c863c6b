package org.posescope.labels.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a path a user names (on the command line, in a dialog) stands for among DeepLabCut projects: a folder of
 * projects, a project, its {@code labeled-data/} folder, one of its labeled videos, its {@code videos/} folder, one
 * of its label files, or another place inside it. The commands that take such paths each decide what to do with the
 * answer.
 *
 * <p>A project's {@code config.yaml} names the project: DeepLabCut's own functions all take the config's path, so
 * that is the path its users have at hand.
 */
public sealed interface NamedPath {

    /** A path outside any project: a folder holding the projects listed (perhaps none), or not a folder at all. */
    record OutsideProjects(Path path, List<Project> projects) implements NamedPath {
    }

    /** The root folder of a project. */
    record WholeProject(Project project) implements NamedPath {
    }

    /** The {@code labeled-data/} folder of a project: all its labeled videos, without the video outputs. */
    record LabeledData(Project project) implements NamedPath {
    }

    /** A {@code labeled-data/<video>} folder of a project. */
    record Video(Project project, LabeledVideo video) implements NamedPath {
    }

    /** The {@code videos/} folder of a project, where video inference writes its tables. */
    record VideoOutputs(Project project) implements NamedPath {
    }

    /** A label file of a project, named by its h5 or by its csv twin. */
    record File(Project project, LabelFile file) implements NamedPath {
    }

    /** Another place inside a project. */
    record ElsewhereIn(Project project) implements NamedPath {
    }

    /**
     * @param path an existing path, absolute and normalised
     * @throws IOException when a folder on the way cannot be listed
     */
    static NamedPath of(Path path) throws IOException {
        Optional<Path> root = ProjectDiscovery.enclosingProjectRoot(path);
        if (root.isEmpty()) {
            return new OutsideProjects(path, Files.isDirectory(path) ? ProjectDiscovery.discover(path) : List.of());
        }

        Project project = Project.open(root.get());
        if (path.equals(project.root()) || path.equals(project.configFile())) {
            return new WholeProject(project);
        }
        if (path.equals(project.root().resolve(ProjectLayout.LABELED_DATA))) {
            return new LabeledData(project);
        }
        if (path.equals(project.root().resolve("videos"))) {
            return new VideoOutputs(project);
        }
        for (LabeledVideo video : project.labeledVideos()) {
            if (path.equals(video.folder())) {
                return new Video(project, video);
            }
        }
        for (LabelFile file : project.labelFiles()) {
            if (path.equals(file.file()) || path.equals(file.csv().orElse(null))) {
                return new File(project, file);
            }
        }
        return new ElsewhereIn(project);
    }
}
