package org.posescope.labels.project;

import java.util.ArrayList;
import java.util.HashSet;
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
 * @param bodyparts every bodypart: within a project those of config.yaml in its order (labeled or not), then
 *        any others the files hold; otherwise in column order
 * @param labeledShare the share of (frame, individual, bodypart) points that have finite x and y, from 0 to 1;
 *        within a project a keypoint of config.yaml that a human label file has no columns for counts as unlabeled
 * @param layouts one line per file read, telling how it is stored (see {@link #describe(SourceLayout)}), naming
 *        the file by its path within the project when there is one
 * @param unreadable the error sentences of files that could not be read
 * @param neverLabeled the bodyparts (of {@code bodyparts}) without a point in any frame read; empty when no frame
 *        was read
 */
public record NodeFacts(int frames, int images, List<String> individuals, List<String> bodyparts,
        double labeledShare, List<String> layouts, List<String> unreadable, List<String> neverLabeled) {

    public NodeFacts {
        individuals = List.copyOf(individuals);
        bodyparts = List.copyOf(bodyparts);
        layouts = List.copyOf(layouts);
        unreadable = List.copyOf(unreadable);
        neverLabeled = List.copyOf(neverLabeled);
    }

    /** Facts of one file (read now if it was not). */
    public static NodeFacts of(LabelFile file) {
        return new Accumulator(null).add(file).facts(0);
    }

    /** Facts of a labeled video seen without its project: its images and its human label files. */
    public static NodeFacts of(LabeledVideo video) {
        Accumulator accumulator = new Accumulator(null);
        video.humanLabels().forEach(accumulator::add);
        return accumulator.facts(video.images().size());
    }

    /**
     * Facts of a labeled video of {@code project}: its images and its human label files, with the bodyparts in
     * config.yaml's order and those config.yaml lists but the files lack counted as unlabeled.
     */
    public static NodeFacts of(Project project, LabeledVideo video) {
        Accumulator accumulator = new Accumulator(project);
        video.humanLabels().forEach(accumulator::add);
        return accumulator.facts(video.images().size());
    }

    /**
     * Facts of a whole project: every labeled video's images and human label files, with the bodyparts in
     * config.yaml's order (listed even when no file is labeled yet).
     */
    public static NodeFacts of(Project project) {
        Accumulator accumulator = new Accumulator(project);
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
        Accumulator accumulator = new Accumulator(project);
        project.labelFiles().stream().filter(file -> file.kind().isMachineMade()).forEach(accumulator::add);
        return accumulator.facts(0);
    }

    /**
     * Facts of a label file of {@code project} read as named ({@code loaded}, from the h5 or its csv twin), with
     * the bodyparts in config.yaml's order and, for human labels, the keypoints config.yaml lists but the file lacks
     * counted as unlabeled.
     */
    public static NodeFacts of(Project project, LabelFile file, LoadedLabels loaded) {
        Accumulator accumulator = new Accumulator(project).add(loaded.table(), loaded.layout());
        if (file.kind() == LabelFileKind.HUMAN_LABELS) {
            accumulator.countMissingKeypoints(loaded.table());
        }
        return accumulator.facts(0);
    }

    /** Facts of a label file read without a project around it (a file given on the command line, say). */
    public static NodeFacts of(LoadedLabels loaded) {
        return new Accumulator(null).add(loaded.table(), loaded.layout()).facts(0);
    }

    /**
     * Describes in one line, in words a biologist knows from pandas and DeepLabCut, how a file stores its labels:
     * "CollectedData_me.h5: pandas fixed format (HDF5), key df_with_missing, single-animal columns (scorer,
     * bodyparts, coords), rows named by 3-level image keys".
     */
    public static String describe(SourceLayout layout) {
        return describe(layout, layout.file().getFileName().toString());
    }

    private static String describe(SourceLayout layout, String fileName) {
        String key = layout.key().isEmpty() ? "" : ", key " + layout.key();
        return fileName + ": " + formatWords(layout.format()) + key + ", "
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
        /** The project around the files, or null: it orders the bodyparts and names the files. */
        private final Project project;
        private final ProjectConfig config;
        private int frames;
        private long points;
        private long labeledPoints;
        private final Set<String> individuals = new LinkedHashSet<>();
        private final Set<String> bodyparts = new LinkedHashSet<>();
        private final Set<String> labeledBodyparts = new HashSet<>();
        private final List<String> layouts = new ArrayList<>();
        private final List<String> unreadable = new ArrayList<>();

        Accumulator(Project project) {
            this.project = project;
            this.config = project == null ? null : project.config().orElse(null);
        }

        Accumulator add(LabelFile file) {
            switch (file.read()) {
                case LabelFileRead.Loaded loaded -> {
                    add(loaded.table(), loaded.layout());
                    if (file.kind() == LabelFileKind.HUMAN_LABELS) {
                        countMissingKeypoints(loaded.table());
                    }
                }
                case LabelFileRead.Failed failed -> unreadable.add(project == null ? failed.message()
                        : ProjectFileNames.inProject(failed.message(), file.file(), project.root()));
            }
            return this;
        }

        Accumulator add(LabelTable table, SourceLayout layout) {
            frames += table.rowCount();
            layouts.add(project == null ? describe(layout)
                    : describe(layout, ProjectFileNames.relative(project.root(), layout.file())));
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
                        labeledBodyparts.add(x.bodypart());
                    }
                }
            }
            return this;
        }

        /**
         * A keypoint config.yaml lists but the file has no columns for (added to config.yaml after labeling) is
         * unlabeled in every frame; an individual the file does not hold at all is left out, as the check does.
         */
        private void countMissingKeypoints(LabelTable table) {
            if (config == null || config.multiAnimal() != table.isMultiAnimal()) {
                return;
            }
            Set<String> individualsInFile = new HashSet<>();
            table.columns().forEach(column -> individualsInFile.add(column.individual()));
            for (ProjectConfig.Keypoint keypoint : config.expectedKeypoints()) {
                boolean individualHeld = !config.multiAnimal() || individualsInFile.contains(keypoint.individual());
                if (individualHeld && table.columnIndex(keypoint.individual(), keypoint.bodypart(), "x") < 0) {
                    points += table.rowCount();
                }
            }
        }

        NodeFacts facts(int images) {
            double share = points == 0 ? 0 : (double) labeledPoints / points;
            Set<String> ordered = new LinkedHashSet<>();
            if (config != null) {
                ordered.addAll(config.allBodyparts());
            }
            ordered.addAll(bodyparts);
            List<String> neverLabeled = frames == 0 ? List.of()
                    : ordered.stream().filter(bodypart -> !labeledBodyparts.contains(bodypart)).toList();
            return new NodeFacts(frames, images, List.copyOf(individuals), List.copyOf(ordered), share, layouts,
                    unreadable, neverLabeled);
        }
    }
}
