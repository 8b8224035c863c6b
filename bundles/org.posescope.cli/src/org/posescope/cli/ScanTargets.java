package org.posescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.NamedPath;

/**
 * Turns what a user names on the command line (projects or their config.yaml, folders of projects, labeled-data
 * folders, labeled-video folders, label files) into the label files to scan, each once, in a stable order.
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

        return switch (NamedPath.of(path)) {
            case NamedPath.OutsideProjects outside -> Files.isRegularFile(path) ? List.of(path)
                    : outside.projects().stream().flatMap(project -> project.labelFiles().stream())
                            .map(LabelFile::file).toList();
            case NamedPath.WholeProject whole -> whole.project().labelFiles().stream().map(LabelFile::file).toList();
            case NamedPath.LabeledData labeledData -> labeledData.project().labeledVideos().stream()
                    .map(LabeledVideo::labelFiles).flatMap(List::stream).map(LabelFile::file).toList();
            case NamedPath.Video video -> video.video().labelFiles().stream().map(LabelFile::file).toList();
            case NamedPath.VideoOutputs outputs -> outputs.project().videoOutputs().stream().map(LabelFile::file)
                    .toList();
            // A file named by its csv twin is scanned as named, the way the user will look it up in the report.
            case NamedPath.File file -> List.of(path);
            case NamedPath.ElsewhereIn elsewhere -> Files.isRegularFile(path) ? List.of(path) : List.of();
        };
    }
}
