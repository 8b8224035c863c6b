package org.posescope.labels.project;

import java.io.IOException;
import java.nio.file.Path;

import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;

/** The one place where this package calls the file codecs, so that projects and checks share their behaviour. */
final class LabelFileAccess {

    private LabelFileAccess() {
    }

    static LabelFileRead read(Path file) {
        try {
            var content = LabelFiles.read(file);
            return new LabelFileRead.Loaded(file, content.table(), content.layout());
        } catch (IOException | RuntimeException e) {
            // A reader defect must not take the whole project down: the file is shown with its error.
            return new LabelFileRead.Failed(file, e);
        }
    }

    static void save(LabelTable table, Path h5File) throws IOException {
        LabelFiles.save(table, h5File);
    }
}
