package org.posescope.labels.project;

import java.nio.file.Path;

import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LoadedLabels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where this package calls the file codecs, so that projects and checks share their behaviour. */
final class LabelFileAccess {

    private static final Logger LOG = LoggerFactory.getLogger(LabelFileAccess.class);

    private LabelFileAccess() {
    }

    static LabelFileRead read(Path file) {
        try {
            LoadedLabels loaded = LabelFiles.read(file);
            return new LabelFileRead.Loaded(file, loaded.table(), loaded.layout());
        } catch (LabelFileException e) {
            return new LabelFileRead.Failed(file, e);
        } catch (RuntimeException e) {
            // A reader defect must not take the whole project down: the file is shown with its error.
            LOG.warn("Reading {} failed unexpectedly", file, e);
            return new LabelFileRead.Failed(file, e);
        }
    }
}
