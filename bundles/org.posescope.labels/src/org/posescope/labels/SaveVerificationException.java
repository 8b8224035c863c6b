package org.posescope.labels;

import java.nio.file.Path;

/** A save whose freshly written file did not read back as the table saved; the previous file was left in place. */
public class SaveVerificationException extends LabelFileException {

    private static final long serialVersionUID = 1L;

    public SaveVerificationException(Path file, String sentence) {
        super(file, sentence);
    }

    public SaveVerificationException(Path file, String sentence, Throwable cause) {
        super(file, sentence, cause);
    }
}
