package org.posescope.labels.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.RowKeyStyle;
import org.posescope.labels.SourceLayout;
import org.posescope.labels.ValueType;

/**
 * Brings a human label table in line with its project before it is edited and saved, the way DeepLabCut's own
 * labeling tools expect the file to be afterwards:
 * <ul>
 * <li>every image row gets the three-part key {@code ('labeled-data', video, image)}, whether the file held bare
 * image names or Windows paths;</li>
 * <li>the scorer becomes the config's scorer, so that DeepLabCut's {@code df[cfg['scorer']]} finds the labels
 * (the file keeps its name);</li>
 * <li>bodyparts that config.yaml lists but the file lacks get columns of NaN, placed in config order next to their
 * neighbours.</li>
 * </ul>
 * Existing columns keep their order and values, and no row is dropped: only what the project requires changes.
 * Machine labels are never prepared for editing; their scorer is the network that made them.
 */
public final class LabelDocumentPreparation {

    private final Optional<ProjectConfig> config;

    public LabelDocumentPreparation(Optional<ProjectConfig> config) {
        this.config = config;
    }

    /**
     * A table and the sentences saying what preparation changed.
     *
     * @param table a new table; the one given is left as it was
     * @param changes one sentence per change, empty when the file already matched its project
     * @param saveTarget the h5 file a save should write (the csv twin sits beside it); for a csv-only file, the
     *        h5 of the same name
     */
    public record PreparedLabels(LabelTable table, List<String> changes, Path saveTarget) {

        public PreparedLabels {
            changes = List.copyOf(changes);
        }
    }

    /** Reads a project's human label file and prepares it. */
    public static PreparedLabels prepare(Project project, LabelFile file) throws PreparationException {
        if (file.kind() != LabelFileKind.HUMAN_LABELS) {
            throw new PreparationException(file.file(), file.fileName() + " holds machine labels, which are not"
                    + " edited; label the frames in the CollectedData file instead.");
        }
        return switch (file.read()) {
            case LabelFileRead.Loaded loaded -> new LabelDocumentPreparation(project.config())
                    .prepare(loaded.table(), loaded.layout(), file.videoName());
            case LabelFileRead.Failed failed -> throw new PreparationException(failed.file(), failed.message());
        };
    }

    /**
     * Prepares a table read from a human label file.
     *
     * @param table the table as read (not changed)
     * @param layout how it was stored
     * @param videoName the labeled-data folder that holds the file
     */
    public PreparedLabels prepare(LabelTable table, SourceLayout layout, String videoName) {
        List<String> changes = new ArrayList<>();

        List<RowKey> rows = threePartRows(table.rows(), videoName, layout.rowKeyStyle(), changes);

        String scorer = table.scorer();
        String configScorer = config.map(ProjectConfig::scorer).orElse("");
        boolean mixedScorers = table.columns().stream().anyMatch(key -> !key.scorer().equals(table.scorer()));
        if (!configScorer.isEmpty() && (!configScorer.equals(scorer) || mixedScorers)) {
            changes.add("The scorer " + scorer + " in " + layout.file().getFileName() + " becomes " + configScorer
                    + ", the scorer of config.yaml; the file keeps its name.");
            scorer = configScorer;
        }

        List<ColumnKey> columns = new ArrayList<>();
        for (ColumnKey key : table.columns()) {
            columns.add(key.withScorer(scorer));
        }
        int[] sourceColumn = addMissingKeypoints(table, columns, scorer, changes);

        return new PreparedLabels(build(table, rows, columns, sourceColumn), changes, saveTarget(layout.file()));
    }

    private static List<RowKey> threePartRows(List<RowKey> rows, String videoName, RowKeyStyle style,
            List<String> changes) {
        List<RowKey> result = new ArrayList<>(rows.size());
        int rewritten = 0;
        for (RowKey row : rows) {
            RowKey normal = row;
            if (row instanceof RowKey.Image image) {
                normal = normalImage(image, videoName);
            }
            if (!normal.equals(row)) {
                rewritten++;
            }
            result.add(normal);
        }
        if (rewritten > 0) {
            changes.add(rewritten + " row key(s) were completed to labeled-data/" + videoName + "/<image>.");
        }
        if (style == RowKeyStyle.PATH_STRING || style == RowKeyStyle.IMAGE_NAME) {
            changes.add("Row keys were stored as " + (style == RowKeyStyle.IMAGE_NAME ? "bare image names"
                    : "path strings") + "; a save writes the three-level index ('labeled-data', video, image).");
        }
        return result;
    }

    private static RowKey.Image normalImage(RowKey.Image image, String videoName) {
        String folder = image.folder().replace('\\', '/');
        String video = image.video().replace('\\', '/');
        String name = image.image().replace('\\', '/');
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        if (video.isEmpty() || video.contains("/")) {
            video = video.isEmpty() ? videoName : video.substring(video.lastIndexOf('/') + 1);
        }
        if (folder.isEmpty()) {
            folder = RowKey.Image.LABELED_DATA;
        }
        return new RowKey.Image(folder, video, name);
    }

    /**
     * Inserts columns for expected keypoints the table lacks; returns, for each resulting column, the table column
     * it comes from, or -1 for a new one.
     */
    private int[] addMissingKeypoints(LabelTable table, List<ColumnKey> columns, String scorer,
            List<String> changes) {
        List<Integer> sources = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            sources.add(c);
        }
        if (config.isEmpty()) {
            return sources.stream().mapToInt(Integer::intValue).toArray();
        }
        ProjectConfig project = config.get();
        if (project.multiAnimal() != table.isMultiAnimal()) {
            changes.add("The file has " + (table.isMultiAnimal() ? "4" : "3") + " column levels but the project is "
                    + (project.multiAnimal() ? "multi-animal" : "single-animal") + "; no bodyparts were added.");
            return sources.stream().mapToInt(Integer::intValue).toArray();
        }

        List<String> coords = table.columnCount() == 0 ? List.of("x", "y") : table.coords();
        int insertAt = 0;
        for (ProjectConfig.Keypoint keypoint : project.expectedKeypoints()) {
            int last = lastColumnOf(columns, keypoint);
            if (last >= 0) {
                insertAt = last + 1;
                continue;
            }
            for (String coord : coords) {
                columns.add(insertAt, new ColumnKey(scorer, keypoint.individual(), keypoint.bodypart(), coord));
                sources.add(insertAt, -1);
                insertAt++;
            }
            String owner = keypoint.individual().isEmpty() ? "" : " of " + keypoint.individual();
            changes.add("Bodypart " + keypoint.bodypart() + owner + " is in config.yaml but not in the file; it was"
                    + " added, unlabeled in every frame.");
        }
        return sources.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lastColumnOf(List<ColumnKey> columns, ProjectConfig.Keypoint keypoint) {
        for (int c = columns.size() - 1; c >= 0; c--) {
            ColumnKey key = columns.get(c);
            if (key.individual().equals(keypoint.individual()) && key.bodypart().equals(keypoint.bodypart())) {
                return c;
            }
        }
        return -1;
    }

    private static LabelTable build(LabelTable table, List<RowKey> rows, List<ColumnKey> columns,
            int[] sourceColumn) {
        ValueType[] types = new ValueType[columns.size()];
        double[][] values = new double[rows.size()][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            types[c] = sourceColumn[c] < 0 ? ValueType.FLOAT64 : table.valueType(sourceColumn[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            Arrays.fill(values[r], Double.NaN);
            for (int c = 0; c < columns.size(); c++) {
                if (sourceColumn[c] >= 0) {
                    values[r][c] = table.value(r, sourceColumn[c]);
                }
            }
        }
        return new LabelTable(columns, rows, types, values, table.isMultiAnimal());
    }

    private static Path saveTarget(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".h5") ? file
                : file.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + ".h5");
    }
}
