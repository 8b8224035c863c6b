package org.posescope.labels.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the projects in a folder: the folder itself when it holds config.yaml, otherwise every project below it
 * (a collection such as a lab's share or a folder of examples). Only folders are listed; nothing is read but each
 * project's config.yaml.
 */
public final class ProjectDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectDiscovery.class);

    /** Deep enough for collections of collections, shallow enough that opening a home folder stays quick. */
    static final int MAX_DEPTH = 5;

    private ProjectDiscovery() {
    }

    /**
     * The projects at or below {@code folder}, sorted by path. A project's own subfolders are not searched for
     * further projects. Each folder is visited once by its real path, so a symbolic link back up the tree (a link
     * loop) or a second link to the same project does not list a project twice.
     *
     * @throws IOException when {@code folder} is not a readable folder
     */
    public static List<Project> discover(Path folder) throws IOException {
        Path start = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
            throw new IOException(start + " is not a folder, so no projects can be found in it.");
        }
        List<Project> found = new ArrayList<>();
        collect(start, 0, found, new HashSet<>());
        return found;
    }

    private static void collect(Path folder, int depth, List<Project> found, Set<Path> visited) throws IOException {
        if (!visited.add(folder.toRealPath())) {
            LOG.debug("Skipped {}: its real folder was already looked at", folder);
            return;
        }
        if (ProjectLayout.isProjectFolder(folder) || ProjectLayout.looksLikeProjectWithoutConfig(folder)) {
            found.add(Project.open(folder));
            return;
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (Path child : ProjectLayout.sortedEntries(folder)) {
            if (Files.isDirectory(child) && !child.getFileName().toString().startsWith(".")) {
                try {
                    collect(child, depth + 1, found, visited);
                } catch (IOException e) {
                    // One unreadable corner of a shared drive should not hide the projects beside it.
                    LOG.warn("Skipped {} while looking for projects: {}", child, e.getMessage());
                }
            }
        }
    }

    /**
     * The project that holds {@code path} (a project folder, a labeled-video folder, a label file or an image): the
     * nearest folder upwards that holds config.yaml.
     */
    public static Optional<Path> enclosingProjectRoot(Path path) {
        for (Path dir = path.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir) && ProjectLayout.isProjectFolder(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
