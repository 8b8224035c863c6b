package org.posescope.cluster;

import java.nio.file.Path;

import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;
import org.posescope.testsupport.SharedData;

/** Pose sets read from the shared real data and field cases. */
final class TestPoses {

    private TestPoses() {
    }

    /** The openfield human labels: 116 frames of snout, leftear, rightear, tailbase. */
    static PoseSet openfield() {
        return read(SharedData.data()
                .resolve("openfield-Pranav-2018-10-30/labeled-data/m4s1/CollectedData_Pranav.csv"));
    }

    static LabelTable table(Path file) {
        try {
            return LabelFiles.read(file).table();
        } catch (LabelFileException e) {
            throw new AssertionError("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    static PoseSet read(Path file) {
        return LabelPoses.fromTable(table(file));
    }

    /** A field case's CollectedData file in {@code labeled-data/vid1}. */
    static PoseSet fieldCase(String name) {
        return read(SharedData.caseProject(name).resolve("labeled-data/vid1/CollectedData_annot.h5"));
    }
}
