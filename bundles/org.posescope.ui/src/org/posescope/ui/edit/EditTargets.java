package org.posescope.ui.edit;

import org.posescope.labels.LabelTable;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileKind;
import org.posescope.labels.project.LabelFileRead;
import org.posescope.labels.project.PreparationException;
import org.posescope.labels.project.Project;

/** Finds the document and row that an edit of a frame of some label file goes into. */
public final class EditTargets {

    private EditTargets() {
    }

    /**
     * The frame to edit for row {@code row} of {@code file} as read: the same row of its document for human
     * labels (preparation keeps rows in order), or the machine row as seed of a CollectedData row.
     *
     * @throws PreparationException when the file cannot be edited (video output, unreadable, no config)
     */
    public static KeypointEdits.Frame frame(LabelDocuments documents, Project project, LabelFile file, int row)
            throws PreparationException {
        LabelDocument document = documents.open(project, file);
        if (file.kind() == LabelFileKind.HUMAN_LABELS) {
            return KeypointEdits.Frame.of(document, document.table().row(row));
        }
        LabelTable machine = switch (file.read()) {
            case LabelFileRead.Loaded loaded -> loaded.table();
            case LabelFileRead.Failed failed -> throw new PreparationException(failed.file(), failed.message());
        };
        return new KeypointEdits.Frame(document, machine.row(row), machine, row);
    }
}
