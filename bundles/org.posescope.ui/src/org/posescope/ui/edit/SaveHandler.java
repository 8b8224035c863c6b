package org.posescope.ui.edit;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File &gt; Save (Ctrl+S): saves the label document shown in the frame view. */
public final class SaveHandler {

    @CanExecute
    boolean canSave(LabelDocuments documents) {
        return documents.active().filter(document -> !document.isSaving()).map(LabelDocument::isDirty).orElse(false);
    }

    @Execute
    void save(@Named("activeShell") Shell shell, LabelDocuments documents) {
        documents.active().filter(LabelDocument::isDirty)
                .ifPresent(document -> DocumentSaving.save(shell, documents, document));
    }
}
