package org.posescope.ui.edit;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Edit &gt; Redo (Ctrl+Shift+Z, Ctrl+Y): redoes the last undone edit of the label document shown. */
public final class RedoHandler {

    @CanExecute
    boolean canRedo(LabelDocuments documents) {
        return documents.active().map(document -> documents.history().canRedo(document.undoContext()))
                .orElse(false);
    }

    @Execute
    void redo(LabelDocuments documents) throws ExecutionException {
        if (canRedo(documents)) {
            documents.history().redo(documents.active().get().undoContext(), null, null);
        }
    }
}
