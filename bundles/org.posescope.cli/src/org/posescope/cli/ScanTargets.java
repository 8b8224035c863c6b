package org.posescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.Project;
import org.posescope.labels.project.ProjectDiscovery;

/**
 * Turns what a user names on the command line (projects, folders of projects, labeled-video folders, label files)
 * into the label files to scan, each once, in a stable order.
 */
final class ScanTargets {

    private ScanTargets() {
    }

    /**
     * @throws IOException with a sentence naming the path, when it does not exist or holds no label file
     */
    static List<Path> resolve(List<Path> paths) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            List<Path> found = resolve(path.toAbsolutePath().normalize());
            if (found.isEmpty()) {
                throw new IOException(path + " holds no label file (.h5 or .csv) to scan.");
            }
            files.addAll(found);
        }
        return List.copyOf(files);
    }

    private static List<Path> resolve(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException(path + " does not exist.");
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }

        Optional<Path> root = ProjectDiscovery.enclosingProjectRoot(path);
        if (root.isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (Project project : ProjectDiscovery.discover(path)) {
                project.labelFiles().forEach(file -> files.add(file.file()));
            }
            return files;
        }
        Project project = Project.open(root.get());
        if (path.equals(project.root())) {
            return project.labelFiles().stream().map(LabelFile::file).toList();
        }
        for (LabeledVideo video : project.labeledVideos()) {
            if (path.equals(video.folder())) {
                return video.labelFiles().stream().map(LabelFile::file).toList();
            }
        }
        if (path.equals(project.root().resolve("videos"))) {
            return project.videoOutputs().stream().map(LabelFile::file).toList();
        }
        return List.of();
    }
}
