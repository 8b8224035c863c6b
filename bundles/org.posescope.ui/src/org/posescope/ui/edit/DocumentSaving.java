package org.posescope.ui.edit;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.project.PreparationException;

/**
 * Saves documents from the workbench, asking the user what to do when a file changed on disk since it was read
 * (overwrite it, or reload it and lose the edits) and saying why when a save fails.
 */
public final class DocumentSaving {

    private DocumentSaving() {
    }

    /**
     * Saves one document.
     *
     * @return true when the document is clean afterwards (saved, or reloaded at the user's choice)
     */
    public static boolean save(Shell shell, LabelDocuments documents, LabelDocument document) {
        boolean[] clean = {false};
        BusyIndicator.showWhile(shell.getDisplay(), () -> clean[0] = saveNow(shell, documents, document));
        return clean[0];
    }

    /** Saves every dirty document; true when none is dirty afterwards. */
    public static boolean saveAll(Shell shell, LabelDocuments documents) {
        boolean all = true;
        for (LabelDocument document : documents.dirty()) {
            all &= save(shell, documents, document);
        }
        return all;
    }

    /**
     * Asks whether to save the dirty documents before the window closes.
     *
     * @return true when the window may close
     */
    public static boolean confirmClose(Shell shell, LabelDocuments documents) {
        List<LabelDocument> dirty = documents.dirty();
        if (dirty.isEmpty()) {
            return true;
        }
        String names = String.join(", ", dirty.stream().map(LabelDocument::name).toList());
        MessageDialog dialog = new MessageDialog(shell, "Unsaved Labels", null, "The labels in " + names
                + " have unsaved edits. Save them before closing?", MessageDialog.QUESTION, 0, "&Save All",
                "&Don't Save", "Cancel");
        return switch (dialog.open()) {
            case 0 -> saveAll(shell, documents);
            case 1 -> true;
            default -> false;
        };
    }

    private static boolean saveNow(Shell shell, LabelDocuments documents, LabelDocument document) {
        try {
            documents.save(document, false);
            return true;
        } catch (ChangedOnDiskException changed) {
            MessageDialog dialog = new MessageDialog(shell, "File Changed on Disk", null, changed.getMessage()
                    + "\n\nOverwrite the file with your edits, or reload it and lose the edits made in PoseScope?",
                    MessageDialog.WARNING, 2, "&Overwrite", "&Reload and Lose Edits", "Cancel");
            return switch (dialog.open()) {
                case 0 -> overwrite(shell, documents, document);
                case 1 -> reload(shell, documents, document);
                default -> false;
            };
        } catch (LabelFileException e) {
            MessageDialog.openError(shell, "Save Failed", e.getMessage());
            return false;
        }
    }

    private static boolean overwrite(Shell shell, LabelDocuments documents, LabelDocument document) {
        try {
            documents.save(document, true);
            return true;
        } catch (ChangedOnDiskException | LabelFileException e) {
            MessageDialog.openError(shell, "Save Failed", e.getMessage());
            return false;
        }
    }

    private static boolean reload(Shell shell, LabelDocuments documents, LabelDocument document) {
        try {
            documents.reload(document);
            return true;
        } catch (PreparationException | IOException e) {
            MessageDialog.openError(shell, "Reload Failed", e.getMessage());
            return false;
        }
    }
}
