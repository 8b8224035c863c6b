package org.posescope.labels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A label file that could not be read or written. The message is one sentence for the user that names the file and
 * the problem; the cause, if any, is for the log only.
 */
public class LabelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public LabelFileException(Path file, String sentence) {
        super(sentence);
        this.file = Objects.requireNonNull(file, "file");
    }

    public LabelFileException(Path file, String sentence, Throwable cause) {
        super(sentence, cause);
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }
}
