package org.posescope.labels;

import java.nio.file.Path;

/** A label file whose column header cannot be turned into (scorer, individual, bodypart, coord) names. */
public class MalformedHeaderException extends LabelFileException {

    private static final long serialVersionUID = 1L;

    public MalformedHeaderException(Path file, String sentence) {
        super(file, sentence);
    }
}
