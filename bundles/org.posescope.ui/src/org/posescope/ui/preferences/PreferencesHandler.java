package org.posescope.ui.preferences;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.Project;
import org.posescope.ui.scan.ScanService;
import org.posescope.ui.workbench.OpenProjects;
import org.posescope.ui.workbench.ScanOutcome;

import jakarta.inject.Named;

/**
 * Window &gt; Preferences: a JFace preference dialog with the PoseScope page. A stored change goes to the scan
 * service, which scans the shown file again with it.
 */
public final class PreferencesHandler {

    static final String PAGE_ID = "org.posescope.preferences.scan";

    @Execute
    void open(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ScanSettingsStore store, ScanService scans,
            OpenProjects openProjects, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        List<Project> projects = openProjects.projects();
        Project shown = projectOf(selection, projects);
        if (shown == null) {
            shown = scans.currentOutcome().map(ScanOutcome::project).orElse(null);
        }

        PreferenceManager manager = new PreferenceManager();
        manager.addToRoot(new PreferenceNode(PAGE_ID, new ScanPreferencePage(store, projects, shown,
                scanAgain(store, scans))));
        PreferenceDialog dialog = new PreferenceDialog(shell, manager);
        dialog.setSelectedNode(PAGE_ID);
        dialog.open();
    }

    /** What a stored change does: the service takes the stored settings and scans the shown file again. */
    static Runnable scanAgain(ScanSettingsStore store, ScanService scans) {
        return () -> {
            ScanPreferencesAddon.applyTo(store, scans);
            scans.rescan();
        };
    }

    /** The open project a workspace browser node belongs to, or null. */
    private static Project projectOf(Object node, List<Project> projects) {
        if (node instanceof Project project) {
            return project;
        }
        Path path = node instanceof LabelFile file ? file.file()
                : node instanceof LabeledVideo video ? video.folder() : null;
        if (path == null) {
            return null;
        }
        return projects.stream().filter(project -> path.startsWith(project.root())).findFirst().orElse(null);
    }
}
