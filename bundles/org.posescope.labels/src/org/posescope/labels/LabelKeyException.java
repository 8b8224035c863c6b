package org.posescope.labels;

import java.nio.file.Path;
import java.util.List;

/** An HDF5 label file in which no single pandas object can be chosen to read. */
public class LabelKeyException extends LabelFileException {

    private static final long serialVersionUID = 1L;

    private final List<String> keysFound;

    public LabelKeyException(Path file, String sentence, List<String> keysFound) {
        super(file, sentence);
        this.keysFound = List.copyOf(keysFound);
    }

    /** The top-level keys the file holds, in file order. */
    public List<String> keysFound() {
        return keysFound;
    }
}
