package org.posescope.ui.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.posescope.labels.project.Project;
import org.posescope.ui.workbench.OpenProjects;

import jakarta.inject.Named;

/**
 * File &gt; Open Project...: asks for a folder and opens every DeepLabCut project at or below it, so that a folder
 * holding several projects opens them all.
 */
public final class OpenProjectHandler {

    @Execute
    void open(@Named("activeShell") Shell shell, OpenProjects openProjects, UISynchronize sync) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Project");
        dialog.setMessage("Choose a DeepLabCut project folder (with config.yaml), or a folder holding several.");
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }

        Path folder = Path.of(chosen);
        Job.create("Opening projects in " + folder, (IJobFunction) monitor -> {
            try {
                List<Project> added = openProjects.open(folder);
                if (added.isEmpty()) {
                    sync.asyncExec(() -> MessageDialog.openInformation(shell, "Open Project", "No project that is"
                            + " not already open was found in " + folder + ". A DeepLabCut project is a folder"
                            + " holding config.yaml or labeled-data."));
                }
            } catch (IOException | IllegalStateException e) {
                sync.asyncExec(() -> MessageDialog.openError(shell, "Open Project", e.getMessage()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }
}
