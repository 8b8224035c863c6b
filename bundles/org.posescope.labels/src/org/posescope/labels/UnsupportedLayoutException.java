package org.posescope.labels;

import java.nio.file.Path;

/** A label file that is well formed but stored in a layout this reader or writer does not handle. */
public class UnsupportedLayoutException extends LabelFileException {

    private static final long serialVersionUID = 1L;

    public UnsupportedLayoutException(Path file, String sentence) {
        super(file, sentence);
    }

    public UnsupportedLayoutException(Path file, String sentence, Throwable cause) {
        super(file, sentence, cause);
    }
}
