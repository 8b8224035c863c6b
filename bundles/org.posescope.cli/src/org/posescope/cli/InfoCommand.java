package org.posescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LoadedLabels;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileKind;
import org.posescope.labels.project.LabelFileRead;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.NamedPath;
import org.posescope.labels.project.NodeFacts;
import org.posescope.labels.project.Project;
import org.posescope.labels.project.ProjectConfig;
import org.posescope.labels.project.ProjectConfigException;
import org.posescope.labels.project.ProjectFileNames;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code posescope info PATH...}: prints what the workbench's browser shows about label files, labeled-video folders
 * and projects (frames, bodyparts, individuals, the share labeled, how each file is stored).
 */
@Command(name = "info", description = {"Tells what label files, labeled-video folders or projects hold.",
    "Exit status: 0 all read, 1 some files unreadable, 2 nothing could be read."})
final class InfoCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A label file (.h5 or .csv), a labeled-video"
            + " folder, a labeled-data folder, a project (or its config.yaml) or a folder of projects.")
    private List<Path> paths;

    @Option(names = "--timing", description = "Also print how long reading took, in milliseconds, inside this"
            + " process (without the start-up of Java).")
    private boolean timing;

    @Spec
    private CommandSpec spec;

    private final Set<Path> configsWarned = new HashSet<>();
    private int described;
    private int unreadable;

    @Override
    public Integer call() {
        for (Path path : DistinctPaths.of(paths)) {
            describe(path);
        }
        if (described == 0) {
            return PoseScopeCommandLine.FAILED;
        }
        return unreadable > 0 ? PoseScopeCommandLine.PROBLEMS : PoseScopeCommandLine.CLEAN;
    }

    private void describe(Path path) {
        if (!Files.exists(path)) {
            cannotRead(path + " does not exist.");
        } else {
            describeNamed(path);
        }
    }

    private void describeFile(Path file) {
        describeFile(file, null);
    }

    /** @param inProject the file as one of its project's, or null for a file outside any project */
    private void describeFile(Path file, NamedPath.File inProject) {
        long start = System.nanoTime();
        LoadedLabels loaded;
        try {
            loaded = LabelFiles.read(file);
        } catch (LabelFileException e) {
            cannotRead(inProjectWords(e.getMessage(), file, inProject));
            return;
        }
        long elapsed = System.nanoTime() - start;

        if (inProject == null) {
            print(file.toString(), NodeFacts.of(loaded), false, "Read in", elapsed);
        } else {
            Project project = inProject.project();
            printFacts(file.toString(), NodeFacts.of(project, inProject.file(), loaded), false, configured(project));
            printTiming("Read in", elapsed);
        }
        loaded.layout().notices()
                .forEach(notice -> out().println("  Note: " + inProjectWords(notice, file, inProject)));
    }

    private static String inProjectWords(String sentence, Path file, NamedPath.File inProject) {
        return inProject == null ? sentence : ProjectFileNames.inProject(sentence, file, inProject.project().root());
    }

    private void describeNamed(Path path) {
        try {
            switch (NamedPath.of(path)) {
                case NamedPath.OutsideProjects outside -> {
                    if (Files.isRegularFile(path)) {
                        describeFile(path);
                    } else if (outside.projects().isEmpty()) {
                        cannotRead(path + " holds no DeepLabCut project and is not inside one.");
                    }
                    outside.projects().forEach(this::describeProject);
                }
                case NamedPath.WholeProject whole -> describeProject(whole.project());
                case NamedPath.LabeledData labeledData -> {
                    Project project = labeledData.project();
                    if (project.labeledVideos().isEmpty()) {
                        cannotRead(path + " holds no labeled-video folder.");
                    }
                    project.labeledVideos().forEach(video -> describeVideo(project, video));
                }
                case NamedPath.Video video -> describeVideo(video.project(), video.video());
                case NamedPath.VideoOutputs outputs -> notProjectOrVideo(path, outputs.project());
                case NamedPath.File file -> {
                    warnOfBrokenConfig(file.project());
                    describeFile(path, file);
                }
                case NamedPath.ElsewhereIn elsewhere -> {
                    if (Files.isRegularFile(path)) {
                        describeFile(path);
                    } else {
                        notProjectOrVideo(path, elsewhere.project());
                    }
                }
            }
        } catch (IOException e) {
            cannotRead(path + " cannot be listed (" + e.getMessage() + ").");
        }
    }

    private void describeVideo(Project project, LabeledVideo video) {
        warnOfBrokenConfig(project);
        long start = System.nanoTime();
        NodeFacts facts = NodeFacts.of(project, video);
        printFacts("Labeled video " + video.name() + " (" + video.folder() + ")", facts, true, configured(project));
        printTiming("Read and summarised in", System.nanoTime() - start);
    }

    /**
     * Says once per project, in check's sentence, that its config.yaml could not be understood, so that bodyparts
     * shown from the label files alone are not taken for the config's; like an unreadable label file, it makes the
     * status 1. A missing config.yaml is no news to info.
     */
    private void warnOfBrokenConfig(Project project) {
        Optional<ProjectConfigException> error = project.configError();
        if (error.isPresent() && Files.exists(project.configFile()) && configsWarned.add(project.root())) {
            spec.commandLine().getErr().println("warning: " + error.get().getMessage());
            unreadable++;
        }
    }

    private void notProjectOrVideo(Path folder, Project project) {
        cannotRead(folder + " is inside project " + project.root() + " but is neither the project nor one of"
                + " its labeled-data folders.");
    }

    /**
     * A project's facts are those of its human labels; a project holding only machine-made tables (video
     * predictions, say) is described by those instead, so that it does not read as empty. Either way each
     * machine-made table is listed with its frames.
     */
    private void describeProject(Project project) {
        warnOfBrokenConfig(project);
        long start = System.nanoTime();
        List<LabelFile> machineMade = project.labelFiles().stream().filter(file -> file.kind().isMachineMade())
                .toList();
        boolean humanLabels = project.labeledVideos().stream().anyMatch(video -> !video.humanLabels().isEmpty());
        String title = "Project " + project.name() + " (" + project.root() + ")";
        if (humanLabels || machineMade.isEmpty()) {
            printFacts(title, NodeFacts.of(project), true, configured(project));
        } else {
            printFacts(title + ", machine labels only (no human labels)", NodeFacts.ofMachineLabels(project), true,
                    configured(project));
        }
        if (!machineMade.isEmpty()) {
            printMachineMade(project, machineMade, humanLabels);
        }
        printTiming("Read and summarised in", System.nanoTime() - start);
    }

    /** One line per machine-made table; a table that cannot be read counts once, here or in the facts. */
    private void printMachineMade(Project project, List<LabelFile> files, boolean countUnreadable) {
        int frames = 0;
        for (LabelFile file : files) {
            if (file.read() instanceof LabelFileRead.Loaded loaded) {
                frames += loaded.table().rowCount();
            }
        }
        out().println("  Machine labels: " + files.size() + (files.size() == 1 ? " file, " : " files, ") + frames
                + " frames");
        for (LabelFile file : files) {
            String name = project.root().relativize(file.file()).toString();
            switch (file.read()) {
                case LabelFileRead.Loaded loaded -> out().println("    " + name + ": " + loaded.table().rowCount()
                        + " frames (" + kindWords(file.kind()) + ")");
                case LabelFileRead.Failed failed -> {
                    out().println("    " + name + ": cannot be read");
                    if (countUnreadable) {
                        out().println("  Cannot read: " + failed.message());
                        unreadable++;
                    }
                }
            }
        }
    }

    private static String kindWords(LabelFileKind kind) {
        return switch (kind) {
            case HUMAN_LABELS -> "human labels";
            case MACHINE_LABELS -> "machine labels of extracted frames";
            case VIDEO_PREDICTIONS -> "video predictions";
            case FILTERED_PREDICTIONS -> "filtered video predictions";
            case TRACKLETS -> "tracklets";
            case OTHER_TABLE -> "another table";
        };
    }

    private void print(String title, NodeFacts facts, boolean showImages, String timingLabel, long nanos) {
        printFacts(title, facts, showImages);
        printTiming(timingLabel, nanos);
    }

    private void printFacts(String title, NodeFacts facts, boolean showImages) {
        printFacts(title, facts, showImages, List.of());
    }

    /** @param configured the bodyparts of config.yaml, to say which of those never labeled the config lists */
    private void printFacts(String title, NodeFacts facts, boolean showImages, List<String> configured) {
        PrintWriter out = out();
        out.println(title);
        out.println("  Frames: " + facts.frames());
        if (showImages) {
            out.println("  Images: " + facts.images());
        }
        out.println("  Bodyparts: " + join(facts.bodyparts()));
        out.println("  Individuals: " + (facts.individuals().isEmpty() ? "one animal (single-animal labels)"
                : join(facts.individuals())));
        out.println(String.format(Locale.ROOT, "  Labeled: %.1f %% of keypoints", 100 * facts.labeledShare()));
        for (String bodypart : facts.neverLabeled()) {
            out.println("  " + bodypart + ": " + (configured.contains(bodypart) ? "in config.yaml, " : "")
                    + "never labeled");
        }
        facts.layouts().forEach(layout -> out.println("  Layout: " + layout));
        facts.unreadable().forEach(problem -> out.println("  Cannot read: " + problem));

        boolean anythingRead = !facts.layouts().isEmpty() || facts.unreadable().isEmpty();
        if (anythingRead) {
            described++;
        }
        unreadable += facts.unreadable().size();
    }

    private void printTiming(String label, long nanos) {
        if (timing) {
            out().println(String.format(Locale.ROOT, "  %s %.1f ms", label, nanos / 1e6));
        }
    }

    private void cannotRead(String sentence) {
        spec.commandLine().getErr().println(sentence);
        unreadable++;
    }

    private static List<String> configured(Project project) {
        return project.config().map(ProjectConfig::allBodyparts).orElse(List.of());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static String join(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
