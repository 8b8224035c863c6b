package org.posescope.labels.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelTable;
import org.posescope.labels.LoadedLabels;
import org.posescope.labels.RowKeyStyle;
import org.posescope.labels.SourceLayout;
import org.posescope.labels.StorageFormat;

/**
 * What a browser shows about a project, a labeled video or a label file. Computed on demand, because it needs the
 * label files read.
 *
 * @param frames rows of the label tables (for a video or project: of its human label files, unless asked for its
 *        machine-made ones)
 * @param images image files on disk (0 for a single file)
 * @param individuals the individuals labeled, in column order; empty for single-animal tables
 * @param bodyparts every bodypart, in column order
 * @param labeledShare the share of (frame, individual, bodypart) points that have finite x and y, from 0 to 1
 * @param layouts one line per file read, telling how it is stored (see {@link #describe(SourceLayout)})
 * @param unreadable the error sentences of files that could not be read
 */
public record NodeFacts(int frames, int images, List<String> individuals, List<String> bodyparts,
        double labeledShare, List<String> layouts, List<String> unreadable) {

    public NodeFacts {
        individuals = List.copyOf(individuals);
        bodyparts = List.copyOf(bodyparts);
        layouts = List.copyOf(layouts);
        unreadable = List.copyOf(unreadable);
    }

    /** Facts of one file (read now if it was not). */
    public static NodeFacts of(LabelFile file) {
        return new Accumulator().add(file).facts(0);
    }

    /** Facts of a labeled video: its images and its human label files. */
    public static NodeFacts of(LabeledVideo video) {
        Accumulator accumulator = new Accumulator();
        video.humanLabels().forEach(accumulator::add);
        return accumulator.facts(video.images().size());
    }

    /** Facts of a whole project: every labeled video's images and human label files. */
    public static NodeFacts of(Project project) {
        Accumulator accumulator = new Accumulator();
        int images = 0;
        for (LabeledVideo video : project.labeledVideos()) {
            video.humanLabels().forEach(accumulator::add);
            images += video.images().size();
        }
        return accumulator.facts(images);
    }

    /**
     * Facts of a project's machine-made tables (machine labels of extracted frames, video predictions, tracklets),
     * for a project that holds only those.
     */
    public static NodeFacts ofMachineLabels(Project project) {
        Accumulator accumulator = new Accumulator();
        project.labelFiles().stream().filter(file -> file.kind().isMachineMade()).forEach(accumulator::add);
        return accumulator.facts(0);
    }

    /** Facts of a label file read without a project around it (a file given on the command line, say). */
    public static NodeFacts of(LoadedLabels loaded) {
        return new Accumulator().add(loaded.table(), loaded.layout()).facts(0);
    }

    /**
     * Describes in one line, in words a biologist knows from pandas and DeepLabCut, how a file stores its labels:
     * "CollectedData_me.h5: pandas fixed format (HDF5), key df_with_missing, single-animal columns (scorer,
     * bodyparts, coords), rows named by 3-level image keys".
     */
    public static String describe(SourceLayout layout) {
        String key = layout.key().isEmpty() ? "" : ", key " + layout.key();
        return layout.file().getFileName() + ": " + formatWords(layout.format()) + key + ", "
                + columnWords(layout.columnLevels()) + ", " + rowWords(layout.rowKeyStyle());
    }

    private static String formatWords(StorageFormat format) {
        return switch (format) {
            case HDF5_FIXED -> "pandas fixed format (HDF5)";
            case HDF5_TABLE -> "pandas table format (HDF5, PyTables)";
            case CSV -> "CSV as pandas writes it";
        };
    }

    private static String columnWords(int levels) {
        return switch (levels) {
            case 3 -> "single-animal columns (scorer, bodyparts, coords)";
            case 4 -> "multi-animal columns (scorer, individuals, bodyparts, coords)";
            default -> levels + "-level columns";
        };
    }

    private static String rowWords(RowKeyStyle style) {
        return switch (style) {
            case THREE_LEVEL -> "rows named by 3-level image keys (labeled-data, video, image)";
            case PATH_STRING -> "rows named by image paths (labeled-data/video/image)";
            case IMAGE_NAME -> "rows named by image file names alone";
            case FRAME_NUMBER -> "rows numbered by video frame";
        };
    }

    private static final class Accumulator {
        private int frames;
        private long points;
        private long labeledPoints;
        private final Set<String> individuals = new LinkedHashSet<>();
        private final Set<String> bodyparts = new LinkedHashSet<>();
        private final List<String> layouts = new ArrayList<>();
        private final List<String> unreadable = new ArrayList<>();

        Accumulator add(LabelFile file) {
            switch (file.read()) {
                case LabelFileRead.Loaded loaded -> add(loaded.table(), loaded.layout());
                case LabelFileRead.Failed failed -> unreadable.add(failed.message());
            }
            return this;
        }

        Accumulator add(LabelTable table, SourceLayout layout) {
            frames += table.rowCount();
            layouts.add(describe(layout));
            for (ColumnKey column : table.columns()) {
                if (!column.individual().isEmpty()) {
                    individuals.add(column.individual());
                }
                bodyparts.add(column.bodypart());
            }
            for (int c = 0; c < table.columnCount(); c++) {
                ColumnKey x = table.column(c);
                if (!x.coord().equals("x")) {
                    continue;
                }
                int y = table.columnIndex(x.individual(), x.bodypart(), "y");
                for (int r = 0; r < table.rowCount(); r++) {
                    points++;
                    if (y >= 0 && Double.isFinite(table.value(r, c)) && Double.isFinite(table.value(r, y))) {
                        labeledPoints++;
                    }
                }
            }
            return this;
        }

        NodeFacts facts(int images) {
            double share = points == 0 ? 0 : (double) labeledPoints / points;
            return new NodeFacts(frames, images, List.copyOf(individuals), List.copyOf(bodyparts), share, layouts,
                    unreadable);
        }
    }
}
