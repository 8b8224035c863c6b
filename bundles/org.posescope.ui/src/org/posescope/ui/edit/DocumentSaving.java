package org.posescope.ui.edit;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.posescope.labels.AtomicLabelWriter;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.project.PreparationException;

/**
 * Saves documents from the workbench, asking the user what to do when a file changed on disk since it was read
 * (overwrite it, or reload it and lose the edits) and saying why when a save fails.
 */
public final class DocumentSaving {

    private DocumentSaving() {
    }

    /**
     * Saves one document: asks on the UI thread when its files changed on disk, then writes in a job while the
     * window keeps painting, and returns when the write ended.
     *
     * @return true when the document is clean afterwards (saved, or reloaded at the user's choice)
     */
    public static boolean save(Shell shell, LabelDocuments documents, LabelDocument document) {
        if (document.isSaving()) {
            return false;
        }
        Optional<String> twinDiffers = document.csvTwinDifference();
        if (twinDiffers.isPresent() && !confirmReplacingTwin(shell, document, twinDiffers.get())) {
            return false;
        }
        try {
            return write(shell, documents, document, document.beginSave(false));
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

    /** Asks before a save replaces a .csv whose labels differ from the .h5's; the .bak keeps the old .csv. */
    private static boolean confirmReplacingTwin(Shell shell, LabelDocument document, String difference) {
        String csv = LabelFiles.csvTwinOf(document.target()).getFileName().toString();
        MessageDialog dialog = new MessageDialog(shell, "Labels Differ Between .h5 and .csv", null, difference
                + "\n\nSaving writes the labels shown in PoseScope into both files, so what differs in " + csv
                + " is replaced; the old file is kept as " + csv + AtomicLabelWriter.BACKUP_SUFFIX + ".",
                MessageDialog.WARNING, 1, "&Save Both Files", "Cancel");
        return dialog.open() == 0;
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

    /**
     * What closing a window, or File &gt; Quit, asks first: {@link #confirmClose} with the window's shell. A
     * window not rendered yet closes without asking.
     */
    public static IWindowCloseHandler closeHandler(LabelDocuments documents) {
        return window -> !(window.getWidget() instanceof Shell shell) || confirmClose(shell, documents);
    }

    private static boolean overwrite(Shell shell, LabelDocuments documents, LabelDocument document) {
        try {
            return write(shell, documents, document, document.beginSave(true));
        } catch (ChangedOnDiskException | LabelFileException e) {
            MessageDialog.openError(shell, "Save Failed", e.getMessage());
            return false;
        }
    }

    /**
     * Writes in a job and runs the event loop until it ends, then finishes the save on the UI thread.
     *
     * <p>TODO [2026-12]: the nested event loop lets the user edit (kept unsaved) and close the window while the
     * job writes; a Save All or close that meets a save still writing returns false without saying why.
     */
    private static boolean write(Shell shell, LabelDocuments documents, LabelDocument document,
            LabelDocument.SaveSnapshot snapshot) {
        Display display = shell.getDisplay();
        AtomicReference<IStatus> result = new AtomicReference<>();
        Job job = Job.create("Saving " + document.name(), (IJobFunction) monitor -> {
            try {
                document.write(snapshot);
                return Status.OK_STATUS;
            } catch (LabelFileException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.addJobChangeListener(IJobChangeListener.onDone(event -> {
            result.set(event.getResult());
            display.wake();
        }));
        job.setUser(false);
        job.schedule();
        while (result.get() == null) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }

        if (!result.get().isOK()) {
            document.abortSave();
            MessageDialog.openError(shell, "Save Failed", result.get().getMessage());
            return false;
        }
        try {
            document.finishSave(snapshot);
            documents.saved(document);
            return !document.isDirty();
        } catch (LabelFileException e) {
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
