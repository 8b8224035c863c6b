package org.posescope.labels.project;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One label table of a project, found by name: an h5 file, its csv twin, or both. Nothing is read until
 * {@link #read()} is called; the outcome is then kept until {@link #forget()}.
 */
public final class LabelFile {

    private final LabelFileKind kind;
    private final String videoName;
    private final Path h5;
    private final Path csv;
    private LabelFileRead outcome;

    /**
     * @param kind what the file is for
     * @param videoName the video it belongs to (its labeled-data folder name, or the video named in an inference
     *        file's name; empty when unknown)
     * @param h5 the h5 file, or null when there is only a csv
     * @param csv the csv twin, or null
     */
    LabelFile(LabelFileKind kind, String videoName, Path h5, Path csv) {
        if (h5 == null && csv == null) {
            throw new IllegalArgumentException("a label file needs an h5 or a csv");
        }
        this.kind = kind;
        this.videoName = videoName;
        this.h5 = h5;
        this.csv = csv;
    }

    /**
     * A label file found outside any project (given on the command line, say), its kind told by its name as it
     * would be inside one.
     */
    public static LabelFile outsideProject(Path file) {
        return ProjectLayout.looseFile(file.toAbsolutePath().normalize());
    }

    public LabelFileKind kind() {
        return kind;
    }

    public String videoName() {
        return videoName;
    }

    /** The file that is read: the h5 where there is one (DeepLabCut reads it first), else the csv. */
    public Path file() {
        return h5 != null ? h5 : csv;
    }

    public String fileName() {
        return file().getFileName().toString();
    }

    public Optional<Path> h5() {
        return Optional.ofNullable(h5);
    }

    public Optional<Path> csv() {
        return Optional.ofNullable(csv);
    }

    /** For {@code CollectedData_<scorer>.h5}, the scorer in the name; otherwise empty. */
    public Optional<String> scorerInName() {
        String stem = fileName().replaceFirst("\\.[^.]*$", "");
        String prefix = ProjectLayout.HUMAN_LABELS_PREFIX;
        return kind == LabelFileKind.HUMAN_LABELS && stem.startsWith(prefix)
                ? Optional.of(stem.substring(prefix.length()))
                : Optional.empty();
    }

    /** Reads the file the first time and returns the same outcome afterwards. */
    public synchronized LabelFileRead read() {
        if (outcome == null) {
            outcome = LabelFileAccess.read(file());
        }
        return outcome;
    }

    /** Whether {@link #read()} has been called since the last {@link #forget()}. */
    public synchronized boolean isRead() {
        return outcome != null;
    }

    /** Drops what was read, so the next {@link #read()} sees the file as it is now (after a save, say). */
    public synchronized void forget() {
        outcome = null;
    }

    @Override
    public String toString() {
        return kind + " " + file();
    }
}
