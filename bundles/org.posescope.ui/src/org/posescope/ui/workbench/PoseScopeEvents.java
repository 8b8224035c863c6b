package org.posescope.ui.workbench;

/**
 * Event broker topics by which PoseScope's parts learn of changes without holding one another.
 */
public final class PoseScopeEvents {

    /** The list of open projects changed; the data is the {@link OpenProjects} instance. */
    public static final String WORKSPACE_CHANGED = "org/posescope/workspace/changed";

    private PoseScopeEvents() {
    }
}
