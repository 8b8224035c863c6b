package org.posescope.ui.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.posescope.labels.project.Project;
import org.posescope.labels.project.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projects open in the workbench: the label model's {@link Workspace}, remembered across restarts, plus the
 * event that tells the parts when the list changes.
 *
 * <p>Reached through the application context; any thread may call it, since opening a large folder runs in a job.
 */
public final class OpenProjects {

    private static final Logger LOG = LoggerFactory.getLogger(OpenProjects.class);

    private final IEventBroker events;
    private Workspace workspace;

    /** An empty list until {@link #restore} hands it the remembered workspace. */
    OpenProjects(IEventBroker events) {
        this.events = events;
    }

    /** Takes over the workspace remembered from the last session, read in the background at start. */
    void restore(Workspace remembered) {
        synchronized (this) {
            workspace = remembered;
        }
        events.post(PoseScopeEvents.WORKSPACE_CHANGED, this);
    }

    public synchronized List<Project> projects() {
        return workspace == null ? List.of() : workspace.projects();
    }

    /** Remembered project folders that cannot be opened now (an unplugged drive, a renamed folder). */
    public synchronized List<Path> missing() {
        return workspace == null ? List.of() : workspace.missing();
    }

    /**
     * Opens every project at or below {@code folder} that is not open yet, and remembers it.
     *
     * @return the projects added; empty when the folder holds none, or only projects already open
     * @throws IOException when the folder cannot be read
     * @throws IllegalStateException before the remembered workspace is restored
     */
    public List<Project> open(Path folder) throws IOException {
        List<Project> added;
        synchronized (this) {
            if (workspace == null) {
                throw new IllegalStateException("The open projects are still being restored.");
            }
            added = workspace.add(folder);
            remember();
        }
        if (!added.isEmpty()) {
            events.post(PoseScopeEvents.WORKSPACE_CHANGED, this);
        }
        return added;
    }

    /** Closes a project; its files are not touched. */
    public void close(Project project) {
        synchronized (this) {
            if (workspace == null) {
                return;
            }
            workspace.remove(project.root());
            remember();
        }
        events.post(PoseScopeEvents.WORKSPACE_CHANGED, this);
    }

    private void remember() {
        try {
            workspace.save();
        } catch (IOException e) {
            // The session goes on; only the list for the next start is lost, and the log says where.
            LOG.warn("Could not remember the open projects in {}: {}", workspace.storage(), e.getMessage());
        }
    }
}
