package org.posescope.labels.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A DeepLabCut project: the folder holding {@code config.yaml}, its labeled videos and its video-inference outputs.
 *
 * <p>Opening a project reads config.yaml and lists folders; label files are read only when asked
 * ({@link LabelFile#read()}). A config.yaml that cannot be read is kept as {@link #configError()}, and a folder
 * that has labels but no config.yaml is opened too, so that its tables can still be looked at.
 */
public final class Project {

    private final Path root;
    private final ProjectConfig config;
    private final ProjectConfigException configError;
    private final List<LabeledVideo> labeledVideos;
    private final List<LabelFile> videoOutputs;

    private Project(Path root, ProjectConfig config, ProjectConfigException configError,
            List<LabeledVideo> labeledVideos, List<LabelFile> videoOutputs) {
        this.root = root;
        this.config = config;
        this.configError = configError;
        this.labeledVideos = List.copyOf(labeledVideos);
        this.videoOutputs = List.copyOf(videoOutputs);
    }

    /**
     * Opens the project whose root is {@code folder}.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public static Project open(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a folder, so it cannot be opened as a project.");
        }
        Path configFile = root.resolve(ProjectLayout.CONFIG_FILE);
        ProjectConfig config = null;
        ProjectConfigException configError = null;
        try {
            if (Files.isRegularFile(configFile)) {
                config = ProjectConfig.read(configFile);
            } else {
                configError = new ProjectConfigException(configFile, 0,
                        "does not exist, so the project's scorer and bodyparts are unknown.", null);
            }
        } catch (ProjectConfigException e) {
            configError = e;
        }
        return new Project(root, config, configError, ProjectLayout.labeledVideos(root),
                ProjectLayout.videoOutputs(root));
    }

    /** The folder that holds config.yaml. */
    public Path root() {
        return root;
    }

    /** The project's name: its folder name, which DeepLabCut builds from Task, scorer and date. */
    public String name() {
        return root.getFileName() == null ? root.toString() : root.getFileName().toString();
    }

    public Path configFile() {
        return configFile(root);
    }

    /** Where the config.yaml of the project at {@code root} is. */
    public static Path configFile(Path root) {
        return root.resolve(ProjectLayout.CONFIG_FILE);
    }

    /** The config, when config.yaml exists and could be understood. */
    public Optional<ProjectConfig> config() {
        return Optional.ofNullable(config);
    }

    /** Why there is no config: config.yaml is missing or cannot be understood. */
    public Optional<ProjectConfigException> configError() {
        return Optional.ofNullable(configError);
    }

    /** The folders under {@code labeled-data/}, sorted by name. */
    public List<LabeledVideo> labeledVideos() {
        return labeledVideos;
    }

    public Optional<LabeledVideo> labeledVideo(String name) {
        return labeledVideos.stream().filter(video -> video.name().equals(name)).findFirst();
    }

    /** The tables under {@code videos/}: predictions, filtered predictions, tracklets, other tables. */
    public List<LabelFile> videoOutputs() {
        return videoOutputs;
    }

    /** Every label file of the project: those of each labeled video, then the video outputs. */
    public List<LabelFile> labelFiles() {
        return Stream.concat(labeledVideos.stream().flatMap(video -> video.labelFiles().stream()),
                videoOutputs.stream()).toList();
    }

    @Override
    public String toString() {
        return "Project " + root;
    }
}
