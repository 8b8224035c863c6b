package org.posescope.ui.workbench;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File &gt; Quit. */
public final class QuitHandler {

    @Execute
    void quit(IWorkbench workbench) {
        workbench.close();
    }
}
