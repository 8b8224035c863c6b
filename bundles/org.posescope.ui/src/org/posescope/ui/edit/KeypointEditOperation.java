package org.posescope.ui.edit;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.posescope.labels.LabelTable;
import org.posescope.labels.ValueType;

/**
 * An undoable edit of one label document: a set of cells set to new values (a move, delete, place, swap or
 * applied fix), and for a machine-labeled frame first the row that brings that image into CollectedData.
 * Its label names the edit, so that Edit &gt; Undo reads "Undo Move snout".
 */
public final class KeypointEditOperation extends AbstractOperation {

    private final LabelDocument document;
    private final List<CellChange> changes;
    // TODO [2026-12]: an edit that adds a row keeps two whole tables for undo, and the history is unbounded, so
    // refining hundreds of machine-labeled frames of a large file holds hundreds of table copies in memory.
    private final LabelTable tableBefore;
    private final LabelTable tableWithRow;
    private ValueType[] typesBefore;

    /**
     * @param tableBefore the table before a row was added, or null when the row existed
     * @param tableWithRow the table with the row added (the changes address it), or null
     */
    KeypointEditOperation(String label, LabelDocument document, List<CellChange> changes, LabelTable tableBefore,
            LabelTable tableWithRow) {
        super(label);
        this.document = document;
        this.changes = List.copyOf(changes);
        this.tableBefore = tableBefore;
        this.tableWithRow = tableWithRow;
        addContext(document.undoContext());
    }

    public LabelDocument document() {
        return document;
    }

    /** Whether the edit adds the frame's row to the document (a machine-labeled image being refined). */
    public boolean addsRow() {
        return tableWithRow != null;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return redo(monitor, info);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        if (tableWithRow != null) {
            document.replaceTable(tableWithRow);
        }
        typesBefore = document.valueTypes();
        document.setCells(changes, true);
        document.changed();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        document.setCells(changes, false);
        if (!Arrays.equals(typesBefore, document.valueTypes())) {
            // Setting NaN turned an integer column into floats, as pandas does; undoing restores the integers.
            document.restoreTypes(typesBefore);
        }
        if (tableBefore != null) {
            document.replaceTable(tableBefore);
        }
        document.changed();
        return Status.OK_STATUS;
    }
}
