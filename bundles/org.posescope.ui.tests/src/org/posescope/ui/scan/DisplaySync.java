package org.posescope.ui.scan;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;

/**
 * Runs UI work on one display, as the workbench's UISynchronize does, for parts made in tests without a running
 * workbench.
 */
public final class DisplaySync extends UISynchronize {

    private final Display display;

    public DisplaySync(Display display) {
        this.display = display;
    }

    @Override
    public void syncExec(Runnable runnable) {
        display.syncExec(runnable);
    }

    @Override
    public void asyncExec(Runnable runnable) {
        display.asyncExec(runnable);
    }

    @Override
    protected boolean isUIThread(Thread thread) {
        return display.getThread() == thread;
    }

    /** Tests have no busy cursor to show; the work just runs. */
    @Override
    protected void showBusyWhile(Runnable runnable) {
        runnable.run();
    }

    @Override
    protected boolean dispatchEvents() {
        return display.readAndDispatch();
    }
}
