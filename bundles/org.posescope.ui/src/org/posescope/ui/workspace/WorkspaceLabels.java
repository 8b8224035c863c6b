package org.posescope.ui.workspace;

import java.util.function.Predicate;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileRead;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.Project;

/**
 * Names the nodes of the workspace tree: a label file with unsaved edits gets a leading '*', as editors mark
 * theirs; files known to be unreadable are drawn in red with their reason.
 */
final class WorkspaceLabels extends ColumnLabelProvider {

    /** What a label file's name starts with while it has unsaved edits. */
    static final String UNSAVED_MARK = "*";

    private final Predicate<LabelFile> unsaved;

    /** @param unsaved whether a label file has edits not yet saved */
    WorkspaceLabels(Predicate<LabelFile> unsaved) {
        this.unsaved = unsaved;
    }

    @Override
    public String getText(Object node) {
        if (node instanceof Project project) {
            String configProblem = project.configError().isPresent() ? "  (config.yaml cannot be read)" : "";
            return project.name() + configProblem;
        }
        if (node instanceof LabeledVideo video) {
            return video.name() + "  (" + video.images().size() + " images)";
        }
        if (node instanceof WorkspaceNodes.VideoOutputs) {
            return "videos";
        }
        if (node instanceof LabelFile file) {
            String kind = file.kind().isMachineMade() ? "  [machine labels]" : "";
            String mark = unsaved.test(file) ? UNSAVED_MARK : "";
            return mark + file.fileName() + kind + (isUnreadable(file) ? "  (cannot be read)" : "");
        }
        return String.valueOf(node);
    }

    @Override
    public String getToolTipText(Object node) {
        if (node instanceof LabelFile file && file.isRead() && file.read() instanceof LabelFileRead.Failed failed) {
            return failed.message();
        }
        if (node instanceof Project project) {
            return project.configError().map(Throwable::getMessage).orElse(project.root().toString());
        }
        return null;
    }

    @Override
    public Color getForeground(Object node) {
        boolean broken = node instanceof LabelFile file && isUnreadable(file)
                || node instanceof Project project && project.configError().isPresent();
        return broken ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED) : null;
    }

    private static boolean isUnreadable(LabelFile file) {
        return file.isRead() && file.read() instanceof LabelFileRead.Failed;
    }
}
