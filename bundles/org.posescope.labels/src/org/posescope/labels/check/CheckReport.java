package org.posescope.labels.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What a check found.
 *
 * @param problems every finding, in the order found (project, then each video's files, then video outputs)
 * @param filesRead label files and configs that could be read
 * @param filesUnreadable label files and configs that could not
 */
public record CheckReport(List<Problem> problems, int filesRead, int filesUnreadable) {

    /** Nothing wrong. */
    public static final int CLEAN = 0;
    /** At least one warning or error. */
    public static final int PROBLEMS = 1;
    /** Files were there to read but none could be read, or the path is nothing that can be checked. */
    public static final int NOTHING_READ = 2;

    public CheckReport {
        problems = List.copyOf(problems);
    }

    /** The exit status of a command-line check: {@link #CLEAN}, {@link #PROBLEMS} or {@link #NOTHING_READ}. */
    public int exitStatus() {
        if (filesRead == 0 && filesUnreadable > 0) {
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
        return new CheckReport(all, filesRead + other.filesRead, filesUnreadable + other.filesUnreadable);
    }
}
