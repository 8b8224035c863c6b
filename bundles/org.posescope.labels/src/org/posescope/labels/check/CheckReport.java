package org.posescope.labels.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What a check found.
 *
 * @param problems every finding, in the order found (project, then each video's files, then video outputs)
 * @param labelFilesRead label files that could be read
 * @param labelFilesUnreadable label files that could not, and paths that are nothing that can be checked
 * @param configsRead config.yaml files that could be read
 * @param configsUnreadable config.yaml files that could not
 */
public record CheckReport(List<Problem> problems, int labelFilesRead, int labelFilesUnreadable, int configsRead,
        int configsUnreadable) {

    /** Nothing wrong. */
    public static final int CLEAN = 0;
    /** At least one warning or error. */
    public static final int PROBLEMS = 1;
    /** Files were there to read but none could be read, or the path is nothing that can be checked. */
    public static final int NOTHING_READ = 2;

    public CheckReport {
        problems = List.copyOf(problems);
    }

    /** A report without findings, to start a combination with {@link #and}. */
    public static CheckReport empty() {
        return new CheckReport(List.of(), 0, 0, 0, 0);
    }

    /** Label files and configs that could be read. */
    public int filesRead() {
        return labelFilesRead + configsRead;
    }

    /** Label files and configs that could not be read. */
    public int filesUnreadable() {
        return labelFilesUnreadable + configsUnreadable;
    }

    /**
     * Whether the check could look at nothing it was asked to: there were label files and none could be read, or
     * there were none and no config could be read either. A config.yaml read beside one unreadable label file does
     * not make the check of that file a success.
     */
    public boolean nothingRead() {
        boolean labelsAskedFor = labelFilesUnreadable > 0;
        return labelFilesRead == 0 && filesUnreadable() > 0 && (labelsAskedFor || configsRead == 0);
    }

    /** The exit status of a command-line check: {@link #CLEAN}, {@link #PROBLEMS} or {@link #NOTHING_READ}. */
    public int exitStatus() {
        if (nothingRead()) {
            return NOTHING_READ;
        }
        boolean anyProblem = problems.stream().anyMatch(problem -> problem.severity() != Severity.INFO);
        return anyProblem ? PROBLEMS : CLEAN;
    }

    public List<Problem> problems(ProblemKind kind) {
        return problems.stream().filter(problem -> problem.kind() == kind).toList();
    }

    public List<Problem> problems(Severity severity) {
        return problems.stream().filter(problem -> problem.severity() == severity).toList();
    }

    /** Combines two reports, as when a folder of several projects is checked. */
    public CheckReport and(CheckReport other) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new CheckReport(all, labelFilesRead + other.labelFilesRead,
                labelFilesUnreadable + other.labelFilesUnreadable, configsRead + other.configsRead,
                configsUnreadable + other.configsUnreadable);
    }
}
