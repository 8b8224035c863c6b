package org.posescope.ui.workbench;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.posescope.labels.project.Workspace;

/** Makes the application-wide objects that the life cycle makes, for tests and benchmarks in other packages. */
public final class WorkbenchProbe {

    private WorkbenchProbe() {
    }

    /** Open projects remembered in {@code storage}, with {@code folders} opened. */
    public static OpenProjects openProjects(IEventBroker events, Path storage, Path... folders) throws IOException {
        OpenProjects open = new OpenProjects(events);
        open.restore(Workspace.load(storage));
        for (Path folder : folders) {
            open.open(folder);
        }
        return open;
    }
}
