package org.posescope.ui.workbench;

import java.util.Objects;

import org.posescope.cluster.ScanResult;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.Project;

/**
 * A finished scan of one label file, as the parts share it: the project and file it came from, and the engine's
 * immutable result (which holds the poses it scored).
 *
 * @param project the project holding the file (its config gives bodypart colours and the skeleton)
 * @param file the label file scanned
 * @param result the engine's ranking, clusters and explanations
 */
public record ScanOutcome(Project project, LabelFile file, ScanResult result) {

    public ScanOutcome {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(result, "result");
    }
}
