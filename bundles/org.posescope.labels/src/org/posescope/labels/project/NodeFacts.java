package org.posescope.labels.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelTable;
import org.posescope.labels.SourceLayout;

/**
 * What a browser shows about a project, a labeled video or a label file. Computed on demand, because it needs the
 * label files read.
 *
 * @param frames rows of the label tables (for a video or project: of its human label files)
 * @param images image files on disk (0 for a single file)
 * @param individuals the individuals labeled, in column order; empty for single-animal tables
 * @param bodyparts every bodypart, in column order
 * @param labeledShare the share of (frame, individual, bodypart) points that have finite x and y, from 0 to 1
 * @param layouts one line per file read, telling how it is stored ("HDF5_FIXED df_with_missing, 4 column levels,
 *        THREE_LEVEL rows")
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

    /** Describes a layout in one line. */
    public static String describe(SourceLayout layout) {
        String key = layout.key().isEmpty() ? "" : " " + layout.key();
        return layout.file().getFileName() + ": " + layout.format() + key + ", " + layout.columnLevels()
                + " column levels, " + layout.rowKeyStyle() + " rows";
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

        private void add(LabelTable table, SourceLayout layout) {
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
        }

        NodeFacts facts(int images) {
            double share = points == 0 ? 0 : (double) labeledPoints / points;
            return new NodeFacts(frames, images, List.copyOf(individuals), List.copyOf(bodyparts), share, layouts,
                    unreadable);
        }
    }
}
