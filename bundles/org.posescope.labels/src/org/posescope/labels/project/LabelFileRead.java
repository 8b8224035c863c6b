package org.posescope.labels.project;

import java.nio.file.Path;

import org.posescope.labels.LabelTable;
import org.posescope.labels.SourceLayout;

/** The outcome of reading one label file: its table, or the error that stopped the reader. */
public sealed interface LabelFileRead permits LabelFileRead.Loaded, LabelFileRead.Failed {

    /** The file that was read (the h5 where there is one, else the csv). */
    Path file();

    /**
     * A file read.
     *
     * @param table the table as stored; shared by every caller of {@link LabelFile#read()}, so copy it before
     *        editing
     * @param layout how the file stored it
     */
    record Loaded(Path file, LabelTable table, SourceLayout layout) implements LabelFileRead {
    }

    /**
     * A file that could not be read; kept, never hidden, so that browsers and checks can show why.
     *
     * @param error the reader's exception, whose message is a sentence naming the file
     */
    record Failed(Path file, Exception error) implements LabelFileRead {

        public String message() {
            return error.getMessage() != null ? error.getMessage() : file + " cannot be read (" + error + ").";
        }
    }
}
