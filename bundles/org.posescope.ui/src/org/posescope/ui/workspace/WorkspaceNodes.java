package org.posescope.ui.workspace;

import java.util.ArrayList;
import java.util.List;

import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.Project;

/**
 * The tree the workspace browser shows: project, then its labeled videos with their label files, then a
 * {@link VideoOutputs} node holding the machine labels of video inference.
 */
final class WorkspaceNodes {

    /** The {@code videos/} folder of a project, shown only when it holds label tables. */
    record VideoOutputs(Project project) {
    }

    private WorkspaceNodes() {
    }

    static Object[] children(Object node) {
        if (node instanceof Project project) {
            List<Object> children = new ArrayList<>(project.labeledVideos());
            if (!project.videoOutputs().isEmpty()) {
                children.add(new VideoOutputs(project));
            }
            return children.toArray();
        }
        if (node instanceof LabeledVideo video) {
            return video.labelFiles().toArray();
        }
        if (node instanceof VideoOutputs outputs) {
            return outputs.project().videoOutputs().toArray();
        }
        return new Object[0];
    }

    static boolean hasChildren(Object node) {
        return node instanceof Project || node instanceof VideoOutputs
                || node instanceof LabeledVideo video && !video.labelFiles().isEmpty();
    }

    static boolean isLabelFile(Object node) {
        return node instanceof LabelFile;
    }
}
