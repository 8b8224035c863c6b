package org.posescope.labels.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projects open side by side, remembered in a plain text file the caller names: one project folder per line,
 * {@code #} starting a comment.
 *
 * <p>A remembered folder that has vanished (an unplugged drive, a renamed project) stays in the list as
 * {@link #missing() missing} until it is removed, so that plugging the drive back in brings it back.
 */
public final class Workspace {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    private static final String HEADER = "# PoseScope workspace: one project folder per line";

    private final Path storage;
    private final Map<Path, Project> entries = new LinkedHashMap<>();

    private Workspace(Path storage) {
        this.storage = storage;
    }

    /**
     * Reads the workspace stored in {@code storage}; a file that does not exist yet gives an empty workspace.
     *
     * @throws IOException when the file exists but cannot be read
     */
    public static Workspace load(Path storage) throws IOException {
        Workspace workspace = new Workspace(storage);
        if (!Files.exists(storage)) {
            return workspace;
        }
        for (String line : Files.readAllLines(storage, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                workspace.entries.put(Path.of(entry).toAbsolutePath().normalize(), null);
            }
        }
        workspace.refresh();
        return workspace;
    }

    /** Opens every remembered folder again, so that files added or removed on disk show. */
    public void refresh() {
        for (Map.Entry<Path, Project> entry : entries.entrySet()) {
            entry.setValue(tryOpen(entry.getKey()));
        }
    }

    /**
     * Adds every project found at or below {@code folder} (see {@link ProjectDiscovery}) that is not open yet.
     *
     * @return the projects added
     * @throws IOException when {@code folder} is not a readable folder
     */
    public List<Project> add(Path folder) throws IOException {
        List<Project> added = new ArrayList<>();
        for (Project project : ProjectDiscovery.discover(folder)) {
            if (entries.get(project.root()) == null) {
                entries.put(project.root(), project);
                added.add(project);
            }
        }
        return added;
    }

    /** Forgets a project folder (open or missing); returns whether it was remembered. */
    public boolean remove(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        boolean known = entries.containsKey(key);
        entries.remove(key);
        return known;
    }

    /** The open projects in the order they were added. */
    public List<Project> projects() {
        return entries.values().stream().filter(project -> project != null).toList();
    }

    public Optional<Project> project(Path root) {
        return Optional.ofNullable(entries.get(root.toAbsolutePath().normalize()));
    }

    /** Remembered folders that cannot be opened now. */
    public List<Path> missing() {
        return entries.entrySet().stream().filter(entry -> entry.getValue() == null).map(Map.Entry::getKey).toList();
    }

    /** Every remembered folder, open or missing, in order. */
    public List<Path> folders() {
        return List.copyOf(entries.keySet());
    }

    public Path storage() {
        return storage;
    }

    /** Writes the list of folders, replacing the file in one step so a crash never leaves half a list. */
    public void save() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        entries.keySet().forEach(folder -> lines.add(folder.toString()));

        Path parent = storage.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".workspace", ".tmp");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, storage, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, storage, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Project tryOpen(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.info("Workspace project {} is not there any more; it is kept as missing.", folder);
            return null;
        }
        try {
            return Project.open(folder);
        } catch (IOException e) {
            LOG.warn("Workspace project {} cannot be opened: {}", folder, e.getMessage());
            return null;
        }
    }
}
