package org.posescope.ui.scan;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.posescope.ui.workbench.OpenProjects;

import jakarta.annotation.PostConstruct;

/**
 * Puts the {@link ScanService} into the application context when the workbench starts, before any part asks for
 * it.
 */
public final class ScanServiceAddon {

    @PostConstruct
    void start(IEclipseContext application, IEventBroker events) {
        // The open projects are looked up per request: the life cycle may set them after add-ons are made.
        application.set(ScanService.class, new ScanService(events, () -> {
            OpenProjects open = application.get(OpenProjects.class);
            return open == null ? List.of() : open.projects();
        }));
    }
}
