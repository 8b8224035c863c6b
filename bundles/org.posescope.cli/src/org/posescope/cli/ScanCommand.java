package org.posescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.posescope.cluster.FeatureKind;
import org.posescope.cluster.FrameImageSource;
import org.posescope.cluster.LabelPoses;
import org.posescope.cluster.PoseSet;
import org.posescope.cluster.SampleResult;
import org.posescope.cluster.ScanResult;
import org.posescope.cluster.ScanSettings;
import org.posescope.cluster.Scanner;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;
import org.posescope.labels.project.ProjectConfig;
import org.posescope.labels.project.ProjectConfigException;
import org.posescope.labels.project.ProjectDiscovery;
import org.posescope.labels.project.ProjectFileNames;
import org.posescope.labels.project.Project;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code posescope scan PATH...}: ranks the labeled frames most likely to hold a mistake and says which keypoint
 * and why, as CSV or JSON. Settings start from the workbench's stored preferences and the flags override them.
 */
@Command(name = "scan", description = {"Ranks the frames most likely to hold a labeling mistake.",
    "Output columns: rank,file,frame,individual,score,cluster,suspects,reason (score: see the end of this help).",
    "Exit status: 0 all read and nothing suspect, 1 suspects found or something could not be read,"
        + " 2 nothing could be scanned."},
        footerHeading = "%nAlgorithms and their parameters (--param NAME=VALUE):%n")
final class ScanCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Projects (or their config.yaml), labeled-data"
            + " or labeled-video folders, or label files (human or machine labels).")
    private List<Path> paths;

    @Option(names = "--algorithm", paramLabel = "NAME", description = "The algorithm, by its id (see below).")
    private String algorithm;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the algorithm; repeatable.")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--features", paramLabel = "NAME", description = "What poses are compared by: "
            + "${COMPLETION-CANDIDATES} (case does not matter).")
    private FeatureKind features;

    @Option(names = "--top", paramLabel = "N", description = "Report at most N samples per file (default: all).")
    private Integer top;

    @Option(names = "--format", paramLabel = "csv|json", description = "Output format (default: csv).")
    private String format = "csv";

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of the console.")
    private Path output;

    @Option(names = "--quiet", description = "Do not report progress on standard error.")
    private boolean quiet;

    @Option(names = "--timing", description = "Say on standard error how long reading and scanning each file took"
            + " (in this process, without the start of Java).")
    private boolean timing;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ScanReportWriter.Format outputFormat = ScanOptions.format(format);
        if (top != null && top < 1) {
            throw new IllegalArgumentException("--top must be at least 1, not " + top + ".");
        }
        Map<String, String> values = ScanOptions.values(StoredScanPreferences.read(), algorithm, parameters,
                features);
        ScanTargets.Resolved targets = ScanTargets.resolve(paths);
        List<Path> files = targets.files();
        if (output != null) {
            ReportTarget.refuseUnsafe(output, files);
        }
        PrintWriter err = spec.commandLine().getErr();
        targets.problems().forEach(err::println);
        if (files.isEmpty()) {
            return PoseScopeCommandLine.FAILED;
        }

        List<ScanReportWriter.Row> rows = new ArrayList<>();
        int scanned = 0;
        int unreadable = targets.problems().size();
        boolean suspects = false;
        Set<Path> configsLookedAt = new HashSet<>();
        for (Path file : files) {
            String name = ScanReportWriter.displayPath(file);
            long readStart = System.nanoTime();
            LabelTable table;
            try {
                table = LabelFiles.read(file).table();
            } catch (LabelFileException e) {
                err.println("skipped: " + ProjectFileNames.withWholePath(e.getMessage(), file));
                unreadable++;
                continue;
            }
            Path projectRoot = ProjectDiscovery.enclosingProjectRoot(file).orElse(null);
            if (projectRoot != null && configsLookedAt.add(projectRoot) && !configReadable(projectRoot, err)) {
                unreadable++;
            }
            PoseSet poses = LabelPoses.fromTable(table);
            ScanSettings settings = ScanOptions.settings(values, projectRoot);
            if (!quiet) {
                err.println(name + ": " + describe(settings));
            }
            long scanStart = System.nanoTime();
            ScanResult result = Scanner.scan(poses, settings, quiet ? ConsoleProgress.SILENT
                    : new ConsoleProgress(err, name), FrameImageSource.of(table, projectRoot, file));
            if (timing) {
                long scanEnd = System.nanoTime();
                err.println(String.format(Locale.ROOT, "timing: %s: read %.3f s, scan %.3f s, total %.3f s", name,
                        (scanStart - readStart) / 1e9, (scanEnd - scanStart) / 1e9, (scanEnd - readStart) / 1e9));
            }
            result.messages().forEach(message -> err.println("note: " + name + ": " + message));
            scanned++;

            int count = top == null ? result.size() : Math.min(top, result.size());
            for (SampleResult sample : result.top(count)) {
                rows.add(new ScanReportWriter.Row(file, sample));
            }
            suspects |= result.flaggedCount() > 0;
        }
        if (scanned == 0) {
            err.println("Nothing could be scanned: none of the " + files.size() + " label files could be read.");
            return PoseScopeCommandLine.FAILED;
        }

        writeReport(rows, outputFormat);
        // A path or file that could not be read is a problem even when the rest is clean: it was not looked at.
        return suspects || unreadable > 0 ? PoseScopeCommandLine.PROBLEMS : PoseScopeCommandLine.CLEAN;
    }

    /**
     * Says, in check's sentence, when a project's config.yaml cannot be understood. The scan itself needs only the
     * label files, so it goes on; the warning keeps the user from trusting a config that DeepLabCut cannot read.
     */
    private static boolean configReadable(Path projectRoot, PrintWriter err) {
        Path configFile = Project.configFile(projectRoot);
        try {
            ProjectConfig.read(configFile);
            return true;
        } catch (ProjectConfigException e) {
            err.println("warning: " + e.getMessage());
            return false;
        }
    }

    /** The settings in a line, so a log says how its ranking was made. */
    static String describe(ScanSettings settings) {
        String parameters = settings.algorithm().toString();
        return "scanning with " + settings.algorithm().descriptor().displayName()
                + (parameters.isEmpty() ? "" : " (" + parameters + ")") + " on "
                + settings.features().displayName().toLowerCase(Locale.ROOT);
    }

    private void writeReport(List<ScanReportWriter.Row> rows, ScanReportWriter.Format outputFormat)
            throws IOException {
        if (output == null) {
            ScanReportWriter.write(rows, outputFormat, spec.commandLine().getOut());
            return;
        }
        ReportFile.write(output, writer -> ScanReportWriter.write(rows, outputFormat, writer));
    }
}
