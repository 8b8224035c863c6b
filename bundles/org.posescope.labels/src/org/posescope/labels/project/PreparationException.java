package org.posescope.labels.project;

import java.nio.file.Path;

/** A label file that cannot be made ready for editing: unreadable, or not a human label file. */
public final class PreparationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public PreparationException(Path file, String sentence) {
        super(sentence);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
