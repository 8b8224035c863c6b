package org.posescope.ui.edit;

import java.nio.file.Path;

/** A save found that the file was changed on disk since the document read it; nothing was written. */
public final class ChangedOnDiskException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    ChangedOnDiskException(Path file) {
        super(file + " was changed on disk since PoseScope read it; saving now would overwrite those changes.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
