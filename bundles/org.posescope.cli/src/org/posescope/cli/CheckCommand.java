package org.posescope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.posescope.labels.check.CheckReport;
import org.posescope.labels.check.LabelChecker;
import org.posescope.labels.check.Problem;
import org.posescope.labels.check.ProblemKind;
import org.posescope.labels.check.Severity;
import org.posescope.labels.project.ProjectDiscovery;
import org.posescope.labels.project.ProjectFileNames;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code posescope check PATH...}: validates projects, labeled-video folders or label files and lists what is wrong,
 * one problem a line.
 */
@Command(name = "check", description = {"Validates DeepLabCut projects, labeled-video folders or label files.",
    "Exit status: 0 clean, 1 problems found, 2 nothing could be read."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A project (or its config.yaml), a folder of"
            + " projects, a labeled-data or labeled-video folder, or a label file.")
    private List<Path> paths;

    @Option(names = {"-v", "--verbose"}, description = "Also say how each file was interpreted.")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        // TODO [2026-12]: a folder of several projects names each finding's project, but several projects given as
        // separate PATHs do not; their findings name only the file within its project.
        // TODO [2026-12]: the same real path named twice is checked once, but a project and one of its own files (or
        // folders) named together are each checked, so the file's findings and count appear twice.
        CheckReport report = null;
        for (Path path : DistinctPaths.of(paths)) {
            CheckReport one = LabelChecker.check(path);
            report = report == null ? one : report.and(one);
        }

        PrintWriter out = spec.commandLine().getOut();
        for (Problem problem : report.problems()) {
            boolean alwaysSaid = problem.kind() == ProblemKind.PROJECT_CHECKS_SKIPPED;
            if (verbose || problem.severity() != Severity.INFO || alwaysSaid) {
                out.println(problem.severity().name().toLowerCase(Locale.ROOT) + ": " + sentence(problem));
            }
        }
        out.println(summary(report));
        return report.exitStatus();
    }

    /** The finding's sentence with its files named within their project: every video has a CollectedData file. */
    private static String sentence(Problem problem) {
        Path root = ProjectDiscovery.enclosingProjectRoot(problem.file()).orElse(null);
        return ProjectFileNames.inProject(problem.message(), problem.file().toAbsolutePath().normalize(), root);
    }

    private static String summary(CheckReport report) {
        int errors = report.problems(Severity.ERROR).size();
        int warnings = report.problems(Severity.WARNING).size();
        String files = report.nothingRead() ? "nothing could be read, " + report.filesUnreadable() + " unreadable"
                : report.filesRead() + (report.filesRead() == 1 ? " file read" : " files read")
                        + (report.filesUnreadable() > 0 ? ", " + report.filesUnreadable() + " unreadable" : "");
        if (errors == 0 && warnings == 0) {
            return "No problems found (" + files + ").";
        }
        return plural(errors, "error") + " and " + plural(warnings, "warning") + " (" + files + ").";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
