package org.posescope.ui.workbench;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;

/**
 * File &gt; Quit (Ctrl+Q). {@link IWorkbench#close()} ends the application without asking any window, so this
 * asks the window's close handler first, as closing the window does: it offers to save unsaved labels and may
 * cancel.
 */
public final class QuitHandler {

    @Execute
    void quit(IWorkbench workbench, MApplication application) {
        MWindow window = windowToAsk(application);
        if (window != null && !mayClose(window)) {
            return;
        }
        workbench.close();
    }

    /**
     * The selected window, else the first; the question covers every document, so one window asks.
     * TODO [2026-12]: other windows' close handlers are not consulted; PoseScope opens one window today.
     */
    private static MWindow windowToAsk(MApplication application) {
        MWindow selected = application.getSelectedElement();
        if (selected != null) {
            return selected;
        }
        return application.getChildren().isEmpty() ? null : application.getChildren().get(0);
    }

    private static boolean mayClose(MWindow window) {
        IEclipseContext context = window.getContext();
        IWindowCloseHandler handler = context == null ? null : context.get(IWindowCloseHandler.class);
        return handler == null || handler.close(window);
    }
}
