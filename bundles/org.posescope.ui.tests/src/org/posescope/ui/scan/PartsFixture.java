package org.posescope.ui.scan;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.posescope.labels.project.Project;

/**
 * A shell holding parts made by dependency injection from an Eclipse context, as the workbench makes them, with
 * a {@link RecordingEventBroker} and a {@link ScanService} over one project.
 */
public final class PartsFixture implements AutoCloseable {

    public final Display display;
    public final Shell shell;
    public final IEclipseContext context;
    public final RecordingEventBroker events = new RecordingEventBroker();
    public final ScanService scans;

    public PartsFixture(Project project, int width, int height) {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout(SWT.VERTICAL));
        shell.setSize(width, height);
        context = EclipseContextFactory.create("parts fixture");
        context.set(IEventBroker.class, events);
        scans = OpenfieldScan.service(events, project);
        context.set(ScanService.class, scans);
    }

    /** Makes a part in its own composite of the shell, calling its {@code @PostConstruct} method. */
    public <T> T make(Class<T> partClass) {
        Composite parent = new Composite(shell, SWT.NONE);
        IEclipseContext local = EclipseContextFactory.create("part");
        local.set(Composite.class, parent);
        T part = ContextInjectionFactory.make(partClass, context, local);
        shell.layout(true, true);
        return part;
    }

    /** Opens the shell and lets it lay out and paint. */
    public void open() {
        shell.open();
        shell.layout(true, true);
        flush();
    }

    public void flush() {
        long until = System.currentTimeMillis() + 200;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    @Override
    public void close() {
        shell.dispose();
        context.dispose();
    }
}
