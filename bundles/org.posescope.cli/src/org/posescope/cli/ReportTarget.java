package org.posescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, before a scan starts, a report file that would replace labels: one of the files being scanned, a name
 * that says HDF5, or an existing DeepLabCut label file. A report renamed over {@code CollectedData_x.h5} destroys
 * the hours of labeling it was meant to check, and the label writer's {@code .bak} is not made for reports.
 */
final class ReportTarget {

    private static final Logger LOG = LoggerFactory.getLogger(ReportTarget.class);

    private static final String HUMAN_LABELS_PREFIX = "collecteddata_";

    private ReportTarget() {
    }

    /**
     * @param output the report file the user named
     * @param scanned the label files about to be scanned
     * @throws ReportFile.WriteFailedException with a sentence naming {@code output} and why it is refused
     */
    static void refuseUnsafe(Path output, List<Path> scanned) throws ReportFile.WriteFailedException {
        ReportFile.refuseUnwritable(output);

        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
            throw refused(output + " is named like an HDF5 label file, but a report is CSV or JSON; name it .csv or"
                    + " .json.");
        }
        Path real = realPath(output);
        for (Path file : scanned) {
            if (real.equals(realPath(file)) || isHardLinkOf(output, file)) {
                throw refused(output + " is one of the label files being scanned; name another file for the report"
                        + " so that the labels are not overwritten.");
            }
        }
        if (Files.isRegularFile(output) && isLabelFile(output, name)) {
            throw refused(output + " is a DeepLabCut label file; name another file for the report so that the"
                    + " labels are not overwritten.");
        }
    }

    /**
     * The real path of a file that may not exist yet: that of its folder (which must exist) and its name, so that a
     * link or a second spelling of a scanned file is still recognised.
     */
    private static Path realPath(Path file) throws ReportFile.WriteFailedException {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            LOG.debug("Cannot resolve the real path of {}", file, e);
            throw refused("The folder of " + file + " cannot be read, so it cannot be told whether the report would"
                    + " replace a label file.");
        }
    }

    /** A second name of the same file (a hard link), which real paths do not reveal. */
    private static boolean isHardLinkOf(Path output, Path file) throws ReportFile.WriteFailedException {
        try {
            return Files.exists(output) && Files.isSameFile(output, file);
        } catch (IOException e) {
            LOG.debug("Cannot compare {} with {}", output, file, e);
            throw refused(output + " cannot be compared with the label file " + file + ", so it cannot be told"
                    + " whether the report would replace it.");
        }
    }

    /**
     * By DeepLabCut's name for human labels, or because the label readers take it for labels.
     *
     * <p>TODO [2026-12]: the whole file is read to tell; a CSV of video predictions with 100,000 frames takes
     * seconds. Reading its header rows would do.
     */
    private static boolean isLabelFile(Path file, String lowerCaseName) {
        if (lowerCaseName.startsWith(HUMAN_LABELS_PREFIX) && LabelFiles.isLabelFileName(file)) {
            return true;
        }
        if (!LabelFiles.isLabelFileName(file)) {
            return false;
        }
        try {
            LabelFiles.read(file);
            return true;
        } catch (LabelFileException e) {
            // Not labels (a previous report, say): the file may be replaced.
            LOG.debug("{} is not read as labels: {}", file, e.getMessage());
            return false;
        }
    }

    private static ReportFile.WriteFailedException refused(String sentence) {
        return new ReportFile.WriteFailedException(sentence, null);
    }
}
