package org.posescope.labels.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.posescope.labels.LabelFiles;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.NamedPath;
import org.posescope.labels.project.Project;
import org.posescope.labels.project.ProjectConfig;
import org.posescope.labels.project.ProjectConfigException;

/**
 * Lists the problems of a project, of one labeled-video folder or of one label file: files that cannot be read,
 * labels on missing images, scorers and bodyparts that differ from config.yaml, repeated rows, Windows paths, header
 * depths that do not suit the project, bodyparts never labeled. See {@link Severity} for what counts as an error.
 *
 * <p>Reading is done through the project's {@link LabelFile}s, so a check after browsing reuses what was read.
 */
public final class LabelChecker {

    private LabelChecker() {
    }

    /**
     * Checks whatever {@code path} is: a project folder, a folder of projects, a labeled-video folder or a label
     * file, inside a project or by itself.
     */
    public static CheckReport check(Path path) {
        Path target = path.toAbsolutePath().normalize();
        if (!Files.exists(target)) {
            return nothingToCheck(target, target + " does not exist.");
        }
        try {
            return switch (NamedPath.of(target)) {
                case NamedPath.OutsideProjects outside -> Files.isDirectory(target)
                        ? checkFolderOfProjects(outside) : checkOutsideProjects(target);
                case NamedPath.WholeProject whole -> check(whole.project());
                case NamedPath.LabeledData labeledData -> check(labeledData.project(),
                        labeledData.project().labeledVideos());
                case NamedPath.Video video -> check(video.project(), video.video());
                case NamedPath.File file -> check(file.project(), file.file());
                case NamedPath.VideoOutputs outputs -> notCheckable(target);
                case NamedPath.ElsewhereIn elsewhere -> notCheckable(target);
            };
        } catch (IOException e) {
            return nothingToCheck(target, target + " cannot be listed (" + e.getMessage() + ").");
        }
    }

    /** Checks a project: its config, every labeled video and every video output. */
    public static CheckReport check(Project project) {
        List<Problem> problems = new ArrayList<>();
        Tally tally = new Tally();
        checkConfig(project, problems, tally);
        for (LabeledVideo video : project.labeledVideos()) {
            checkVideoListed(project, video, problems);
            video.labelFiles().forEach(file -> checkFile(project, file, problems, tally));
        }
        project.videoOutputs().forEach(file -> checkFile(project, file, problems, tally));
        return tally.report(problems);
    }

    /** Checks one labeled-video folder of a project (and the project's config, which its files are compared to). */
    public static CheckReport check(Project project, LabeledVideo video) {
        return check(project, List.of(video));
    }

    /** Checks labeled-video folders of a project, without its video outputs, and the project's config. */
    public static CheckReport check(Project project, List<LabeledVideo> videos) {
        List<Problem> problems = new ArrayList<>();
        Tally tally = new Tally();
        checkConfig(project, problems, tally);
        for (LabeledVideo video : videos) {
            checkVideoListed(project, video, problems);
            video.labelFiles().forEach(file -> checkFile(project, file, problems, tally));
        }
        return tally.report(problems);
    }

    /** Checks one label file of a project. */
    public static CheckReport check(Project project, LabelFile file) {
        List<Problem> problems = new ArrayList<>();
        Tally tally = new Tally();
        checkConfig(project, problems, tally);
        checkFile(project, file, problems, tally);
        return tally.report(problems);
    }

    /**
     * Checks a label file that lies in no project by itself (its rows, its header, its labels) and says that what
     * needs a project (images on disk, config.yaml's scorer and bodyparts) was skipped.
     */
    private static CheckReport checkOutsideProjects(Path file) {
        if (!LabelFiles.isLabelFileName(file)) {
            return nothingToCheck(file, file + " is not inside a DeepLabCut project (no config.yaml above it) and"
                    + " is not a label file (.h5 or .csv).");
        }
        List<Problem> problems = new ArrayList<>();
        problems.add(new Problem(Severity.INFO, ProblemKind.PROJECT_CHECKS_SKIPPED, file, file + " is not inside a"
                + " DeepLabCut project (no config.yaml above it), so it was checked by itself; the project-level"
                + " checks (images on disk, scorer and bodyparts against config.yaml) were skipped."));
        Tally tally = new Tally();
        boolean read = new FileChecks(null, LabelFile.outsideProject(file), problems).run();
        tally.labelFile(read);
        return tally.report(problems);
    }

    private static CheckReport notCheckable(Path target) {
        return nothingToCheck(target, target + " is neither a project, a labeled-video folder nor a label file.");
    }

    private static CheckReport checkFolderOfProjects(NamedPath.OutsideProjects outside) {
        Path folder = outside.path();
        List<Project> projects = outside.projects();
        if (projects.isEmpty()) {
            return nothingToCheck(folder, folder + " holds no DeepLabCut project.");
        }
        CheckReport report = CheckReport.empty();
        for (Project project : projects) {
            CheckReport checked = check(project);
            report = report.and(projects.size() > 1 ? namingProject(project, checked) : checked);
        }
        return report;
    }

    /** Among several projects, a finding such as "labeled-data/vid1/img002.png is missing" must say whose it is. */
    private static CheckReport namingProject(Project project, CheckReport report) {
        String root = project.root().toString();
        List<Problem> named = report.problems().stream()
                .map(problem -> problem.message().contains(root) ? problem : new Problem(problem.severity(),
                        problem.kind(), problem.file(), "Project " + project.name() + ": " + problem.message()))
                .toList();
        return new CheckReport(named, report.labelFilesRead(), report.labelFilesUnreadable(), report.configsRead(),
                report.configsUnreadable());
    }

    private static void checkConfig(Project project, List<Problem> problems, Tally tally) {
        Optional<ProjectConfigException> error = project.configError();
        if (error.isPresent()) {
            boolean missing = !Files.exists(project.configFile());
            problems.add(new Problem(Severity.ERROR, missing ? ProblemKind.CONFIG_MISSING
                    : ProblemKind.CONFIG_UNREADABLE, project.configFile(), error.get().getMessage()));
            if (!missing) {
                tally.configsUnreadable++;
            }
            return;
        }
        tally.configsRead++;
        ProjectConfig config = project.config().orElseThrow();
        config.notices().forEach(notice -> problems.add(new Problem(Severity.INFO, ProblemKind.NOTICE,
                project.configFile(), project.configFile() + ": " + notice)));
    }

    /** DeepLabCut builds training sets only from the labeled-data folders of the videos in video_sets. */
    private static void checkVideoListed(Project project, LabeledVideo video, List<Problem> problems) {
        Optional<ProjectConfig> config = project.config();
        if (config.isEmpty() || config.get().videoFolderNames().isEmpty()) {
            return;
        }
        String name = Normalizer.normalize(video.name(), Normalizer.Form.NFC);
        boolean listed = config.get().videoFolderNames().stream()
                .anyMatch(folder -> Normalizer.normalize(folder, Normalizer.Form.NFC).equals(name));
        if (!listed) {
            problems.add(new Problem(Severity.WARNING, ProblemKind.VIDEO_NOT_IN_CONFIG, video.folder(),
                    "labeled-data/" + video.name() + " is not listed in video_sets of config.yaml, so DeepLabCut"
                            + " leaves it out of training."));
        }
    }

    private static void checkFile(Project project, LabelFile file, List<Problem> problems, Tally tally) {
        tally.labelFile(new FileChecks(project, file, problems).run());
    }

    private static CheckReport nothingToCheck(Path path, String sentence) {
        return new CheckReport(List.of(new Problem(Severity.ERROR, ProblemKind.FILE_UNREADABLE, path, sentence)), 0,
                1, 0, 0);
    }

    /** How many label files and configs a check could read and could not. */
    private static final class Tally {
        private int labelFilesRead;
        private int labelFilesUnreadable;
        private int configsRead;
        private int configsUnreadable;

        void labelFile(boolean read) {
            if (read) {
                labelFilesRead++;
            } else {
                labelFilesUnreadable++;
            }
        }

        CheckReport report(List<Problem> problems) {
            return new CheckReport(problems, labelFilesRead, labelFilesUnreadable, configsRead, configsUnreadable);
        }
    }
}
