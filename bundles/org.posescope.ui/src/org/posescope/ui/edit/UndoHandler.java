package org.posescope.ui.edit;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Edit &gt; Undo (Ctrl+Z): undoes the last edit of the label document shown in the frame view. */
public final class UndoHandler {

    @CanExecute
    boolean canUndo(LabelDocuments documents) {
        return documents.active().map(document -> documents.history().canUndo(document.undoContext()))
                .orElse(false);
    }

    @Execute
    void undo(LabelDocuments documents) throws ExecutionException {
        if (canUndo(documents)) {
            documents.history().undo(documents.active().get().undoContext(), null, null);
        }
    }
}
