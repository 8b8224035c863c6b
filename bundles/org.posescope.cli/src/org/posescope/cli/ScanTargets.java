package org.posescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.NamedPath;

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

        return switch (NamedPath.of(path)) {
            case NamedPath.OutsideProjects outside -> outside.projects().stream()
                    .flatMap(project -> project.labelFiles().stream()).map(LabelFile::file).toList();
            case NamedPath.WholeProject whole -> whole.project().labelFiles().stream().map(LabelFile::file).toList();
            case NamedPath.Video video -> video.video().labelFiles().stream().map(LabelFile::file).toList();
            case NamedPath.VideoOutputs outputs -> outputs.project().videoOutputs().stream().map(LabelFile::file)
                    .toList();
            case NamedPath.File file -> List.of(file.file().file());
            case NamedPath.ElsewhereIn elsewhere -> List.of();
        };
    }
}
