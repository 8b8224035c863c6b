package org.posescope.ui.edit;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File &gt; Save All (Ctrl+Shift+S): saves every label document with unsaved edits. */
public final class SaveAllHandler {

    @CanExecute
    boolean canSave(LabelDocuments documents) {
        return !documents.dirty().isEmpty();
    }

    @Execute
    void saveAll(@Named("activeShell") Shell shell, LabelDocuments documents) {
        DocumentSaving.saveAll(shell, documents);
    }
}
