package org.posescope.ui.edit;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.posescope.labels.project.PreparationException;
import org.posescope.ui.workbench.SampleSelection;

import jakarta.inject.Named;

/**
 * Edit &gt; Apply Suggested Fix: applies the fix the scan's explanation names (swap leftear and rightear, say) to
 * the selected sample, as one undoable edit. Acts on the sample last posted on
 * {@code PoseScopeEvents.SAMPLE_SELECTED} by any part (the outlier list, the cluster view or the frame view).
 */
public final class ApplySuggestedFixHandler {

    @CanExecute
    boolean canApply(LabelDocuments documents) {
        return documents.selectedSample().flatMap(SuggestedFixes::describe).isPresent();
    }

    @Execute
    void apply(@Named("activeShell") Shell shell, LabelDocuments documents) throws ExecutionException {
        Optional<SampleSelection> selection = documents.selectedSample();
        if (selection.isEmpty()) {
            return;
        }
        try {
            Optional<KeypointEditOperation> fix = SuggestedFixes.operation(selection.get(), documents);
            if (fix.isPresent()) {
                documents.setActive(fix.get().document());
                documents.history().execute(fix.get(), null, null);
            }
        } catch (PreparationException | IllegalArgumentException e) {
            MessageDialog.openError(shell, "Apply Suggested Fix", e.getMessage());
        }
    }
}
