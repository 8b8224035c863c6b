package org.posescope.labels.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;

/**
 * Whether the {@code .csv} beside a {@code CollectedData} {@code .h5} still holds the .h5's labels, for whoever is
 * about to write both: a save replaces the .csv, so labels corrected only there would be lost from view.
 */
public final class CsvTwins {

    private CsvTwins() {
    }

    /**
     * The sentence saying how the .csv twin differs from the .h5 on disk, or empty when there is no twin, they hold
     * the same labels, or the .h5 itself cannot be read (then the writer's own checks speak).
     */
    public static Optional<String> difference(Path h5File) {
        Path csvFile = LabelFiles.csvTwinOf(h5File);
        if (!Files.isRegularFile(h5File) || !Files.isRegularFile(csvFile)) {
            return Optional.empty();
        }
        LabelTable h5;
        try {
            h5 = LabelFiles.read(h5File).table();
        } catch (LabelFileException e) {
            return Optional.empty();
        }
        try {
            return CsvTwinComparison.differences(csvFile.getFileName().toString(), LabelFiles.read(csvFile).table(),
                    h5File.getFileName().toString(), h5);
        } catch (LabelFileException e) {
            return Optional.of(e.getMessage());
        }
    }
}
