package org.posescope.ui.workbench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.osgi.framework.FrameworkUtil;
import org.posescope.labels.project.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets up the application-wide objects before any part is created: the open projects, restored from the last
 * session, plus the folders named on the command line.
 *
 * <p>The start script passes the folders to open with {@code -Dposescope.open=DIR[:DIR...]}; its run command uses
 * this to open the shared data or the demo project on first start.
 */
public final class WorkbenchLifeCycle {

    /** System property naming folders to open at start, separated by the platform's path separator. */
    public static final String OPEN_PROPERTY = "posescope.open";

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchLifeCycle.class);
    private static final String WORKSPACE_FILE = "open-projects.txt";

    @PostContextCreate
    void createApplicationObjects(IEclipseContext context, IEventBroker events) {
        OpenProjects openProjects = new OpenProjects(events);
        context.set(OpenProjects.class, openProjects);

        // Listing many projects can take seconds on a network drive; the window opens first and fills in.
        String toOpen = System.getProperty(OPEN_PROPERTY, "");
        Job.create("Opening projects", (IJobFunction) monitor -> {
            openProjects.restore(loadWorkspace());
            for (String folder : toOpen.split(File.pathSeparator)) {
                if (!folder.isBlank()) {
                    openAtStart(openProjects, Path.of(folder));
                }
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private static Workspace loadWorkspace() {
        Path storage = Platform.getStateLocation(FrameworkUtil.getBundle(WorkbenchLifeCycle.class)).toPath()
                .resolve(WORKSPACE_FILE);
        try {
            return Workspace.load(storage);
        } catch (IOException e) {
            LOG.warn("The list of open projects in {} could not be read, so none are reopened: {}", storage,
                    e.getMessage());
            try {
                Files.deleteIfExists(storage);
                return Workspace.load(storage);
            } catch (IOException again) {
                throw new IllegalStateException("The workspace file " + storage + " cannot be replaced.", again);
            }
        }
    }

    private static void openAtStart(OpenProjects openProjects, Path folder) {
        try {
            openProjects.open(folder);
        } catch (IOException e) {
            LOG.warn("Could not open {} at start: {}", folder, e.getMessage());
        }
    }
}
