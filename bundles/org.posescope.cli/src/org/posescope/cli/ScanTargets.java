package org.posescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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

    /**
     * What the paths named.
     *
     * @param files the label files to scan, each once
     * @param problems one sentence for each path that is missing or holds no label file; the others are still
     *        scanned, as check and info carry on past such a path
     */
    record Resolved(List<Path> files, List<String> problems) {

        Resolved {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private ScanTargets() {
    }

    static Resolved resolve(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Path path : DistinctPaths.of(paths)) {
            try {
                List<Path> found = resolve(path);
                if (found.isEmpty()) {
                    problems.add(path + " holds no label file (.h5 or .csv) to scan.");
                }
                // A file reached through two paths (a link, a project and its own folder) is scanned once.
                found.stream().filter(file -> seen.add(DistinctPaths.realOrAsGiven(file))).forEach(files::add);
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        return new Resolved(List.copyOf(files), problems);
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
