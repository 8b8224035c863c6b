package org.posescope.labels.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;
import org.posescope.labels.MalformedHeaderException;
import org.posescope.labels.RowKey;
import org.posescope.labels.SourceLayout;
import org.posescope.labels.project.FrameImagePaths;
import org.posescope.labels.project.ImageSize;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileKind;
import org.posescope.labels.project.LabelFileRead;
import org.posescope.labels.project.Project;
import org.posescope.labels.project.ProjectConfig;

/** The checks of one label file against its project: its images, its config, its own consistency. */
final class FileChecks {

    /** Past this many missing images (or unreadable ones, or labels off them), the rest are counted, not listed. */
    static final int MISSING_IMAGES_LISTED = 20;

    private static final String DEEPLABCUT_KEY = "df_with_missing";
    private static final Pattern LEADING_COUNT = Pattern.compile("^(\\d+) ");

    /** The project the file belongs to; null for a file checked by itself, outside any project. */
    private final Project project;
    private final LabelFile labelFile;
    private final Path file;
    private final List<Problem> problems;

    /** @param project the file's project, or null for a file outside any project (its project checks are skipped) */
    FileChecks(Project project, LabelFile labelFile, List<Problem> problems) {
        this.project = project;
        this.labelFile = labelFile;
        this.file = labelFile.file();
        this.problems = problems;
    }

    /** Runs every check; returns whether the file could be read. */
    boolean run() {
        LabelFileRead outcome = labelFile.read();
        if (outcome instanceof LabelFileRead.Failed failed) {
            ProblemKind kind = failed.error() instanceof MalformedHeaderException
                    ? ProblemKind.MALFORMED_HEADER : ProblemKind.FILE_UNREADABLE;
            problems.add(new Problem(Severity.ERROR, kind, file, failed.message()));
            return false;
        }
        LabelFileRead.Loaded loaded = (LabelFileRead.Loaded) outcome;
        LabelTable table = loaded.table();

        readerNotices(loaded.layout(), table);
        datasetKey(loaded.layout());
        duplicateRows(table);
        if (project != null && labelFile.kind().hasImageRows()) {
            images(table);
        }
        Optional<ProjectConfig> config = project == null ? Optional.empty() : project.config();
        if (config.isPresent() && headerDepthMatches(config.get(), table)) {
            if (labelFile.kind() == LabelFileKind.HUMAN_LABELS) {
                scorer(config.get(), table);
            }
            bodyparts(config.get(), table);
        }
        if (labelFile.kind() == LabelFileKind.HUMAN_LABELS) {
            neverLabeled(table);
            csvTwin(table);
        }
        return true;
    }

    /** A .csv twin edited in a spreadsheet is easily taken for the labels, but DeepLabCut reads only the .h5. */
    // TODO [2026-12]: the .csv is read anew by every check, outside LabelFile's cache, and the twins of machine
    // labels (machinelabels-iter<N>.h5 and machinelabels.csv) are not compared.
    private void csvTwin(LabelTable h5Table) {
        if (labelFile.h5().isEmpty() || labelFile.csv().isEmpty()) {
            return;
        }
        Path csv = labelFile.csv().get();
        String csvName = csv.getFileName().toString();
        Optional<String> difference;
        try {
            difference = CsvTwinComparison.differences(csvName, LabelFiles.read(csv).table(), name(), h5Table);
        } catch (LabelFileException e) {
            difference = Optional.of(e.getMessage() + " DeepLabCut reads " + name() + " beside it, so its labels"
                    + " are not affected, but the .csv no longer shows them.");
        }
        difference.ifPresent(sentence -> problems.add(new Problem(Severity.WARNING, ProblemKind.CSV_TWIN_DIFFERS,
                csv, sentence)));
    }

    /** DeepLabCut asks pandas for the key df_with_missing; labels kept under another key are not found there. */
    private void datasetKey(SourceLayout layout) {
        String key = layout.key().startsWith("/") ? layout.key().substring(1) : layout.key();
        if (labelFile.kind() != LabelFileKind.HUMAN_LABELS || key.isEmpty() || key.equals(DEEPLABCUT_KEY)) {
            return;
        }
        problems.add(new Problem(Severity.WARNING, ProblemKind.OTHER_DATASET_KEY, file, name() + " keeps its labels"
                + " under the key '" + key + "', where DeepLabCut asks for '" + DEEPLABCUT_KEY + "' and does not find"
                + " them; a save writes them under '" + DEEPLABCUT_KEY + "'."));
    }

    // TODO [2026-12]: readers state these facts only as sentences, so they are recognised by phrase here; a notice
    // kind in SourceLayout would let the checks stop depending on the wording.
    private void readerNotices(SourceLayout layout, LabelTable table) {
        for (String notice : layout.notices()) {
            String lower = notice.toLowerCase(Locale.ROOT);
            if (lower.contains("back-slash")) {
                Matcher count = LEADING_COUNT.matcher(notice);
                boolean mixed = count.find() && Integer.parseInt(count.group(1)) < table.rowCount();
                String how = mixed ? "mixes Windows back-slashes and forward slashes in its row keys"
                        : "spells its row keys with Windows back-slashes";
                problems.add(new Problem(Severity.WARNING, ProblemKind.BACKSLASH_ROW_KEYS, file, name() + " " + how
                        + "; DeepLabCut on Linux or macOS does not find those images. A save writes"
                        + " ('labeled-data', video, image) keys."));
            } else if (lower.contains("bare image names")) {
                problems.add(new Problem(Severity.WARNING, ProblemKind.BARE_IMAGE_NAMES, file, name() + " keys its"
                        + " rows by image name alone, which DeepLabCut cannot match to images; they were placed under"
                        + " labeled-data/" + labelFile.videoName() + ", and a save writes the full keys."));
            } else if (lower.contains("blank")) {
                problems.add(new Problem(Severity.WARNING, ProblemKind.MALFORMED_HEADER, file,
                        name() + ": " + notice));
            } else if (!lower.contains("appears") || table.repeatedRows().isEmpty()) {
                problems.add(new Problem(Severity.INFO, ProblemKind.NOTICE, file, name() + ": " + notice));
            }
        }
    }

    private void duplicateRows(LabelTable table) {
        for (Map.Entry<RowKey, List<Integer>> repeated : table.repeatedRows().entrySet()) {
            int times = repeated.getValue().size();
            RowKey key = repeated.getKey();
            String shown = key instanceof RowKey.Image image ? image.image() : "Frame " + key.display();
            Severity severity = labelFile.kind() == LabelFileKind.HUMAN_LABELS ? Severity.ERROR : Severity.WARNING;
            problems.add(new Problem(severity, ProblemKind.DUPLICATE_ROW, file, shown + " appears "
                    + (times == 2 ? "twice" : times + " times") + " in " + name() + " (rows "
                    + repeated.getValue() + "); the first row is used, as DeepLabCut does."));
        }
    }

    /**
     * Each image the rows name must be on disk and readable, and each label must lie on its image: a label off
     * the image was moved there by mistake, or belongs to an image of another size.
     */
    private void images(LabelTable table) {
        Map<Path, List<Integer>> rowsOfImage = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            int r = row;
            FrameImagePaths.imageOf(project.root(), labelFile, table.row(row))
                    .ifPresent(image -> rowsOfImage.computeIfAbsent(image, i -> new ArrayList<>()).add(r));
        }
        Severity severity = labelFile.kind() == LabelFileKind.HUMAN_LABELS ? Severity.ERROR : Severity.WARNING;
        List<Path> missing = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        List<Problem> outside = new ArrayList<>();
        for (Map.Entry<Path, List<Integer>> entry : rowsOfImage.entrySet()) {
            Path image = entry.getKey();
            if (!Files.isRegularFile(image)) {
                missing.add(image);
                continue;
            }
            try {
                ImageSize size = ImageSize.of(image);
                if (labelFile.kind() == LabelFileKind.HUMAN_LABELS) {
                    // A prediction off the image is the network's business; a hand-placed label off it is a slip.
                    entry.getValue().forEach(row -> outside.addAll(labelsOutside(table, row, image, size)));
                }
            } catch (IOException e) {
                unreadable.add(new Problem(severity, ProblemKind.IMAGE_UNREADABLE, image, relative(image)
                        + ", referenced by " + name() + ", is not an image that can be read."));
            }
        }

        if (missing.size() == rowsOfImage.size() && missing.size() > 1) {
            Path folder = missing.get(0).getParent();
            problems.add(new Problem(severity, ProblemKind.MISSING_IMAGE, folder, "None of the " + missing.size()
                    + " images referenced by " + name() + " is on disk (looked for in " + relative(folder) + ")."));
        } else {
            listSome(missing.stream().map(image -> new Problem(severity, ProblemKind.MISSING_IMAGE, image,
                    relative(image) + ", referenced by " + name() + ", is missing.")).toList(),
                    severity, ProblemKind.MISSING_IMAGE, " more images referenced by " + name() + " are missing.");
        }
        listSome(unreadable, severity, ProblemKind.IMAGE_UNREADABLE, " more images referenced by " + name()
                + " cannot be read.");
        listSome(outside, Severity.WARNING, ProblemKind.LABEL_OUTSIDE_IMAGE, " more labels in " + name()
                + " lie outside their images.");
    }

    /** The labels of one row that lie off its image, each as a problem. */
    private List<Problem> labelsOutside(LabelTable table, int row, Path image, ImageSize size) {
        List<Problem> found = new ArrayList<>();
        for (String individual : table.individuals()) {
            for (String bodypart : table.bodyparts(individual)) {
                int x = table.columnIndex(individual, bodypart, "x");
                int y = table.columnIndex(individual, bodypart, "y");
                if (x < 0 || y < 0 || !Double.isFinite(table.value(row, x)) || !Double.isFinite(table.value(row, y))
                        || size.contains(table.value(row, x), table.value(row, y))) {
                    continue;
                }
                String who = individual.isEmpty() ? bodypart : individual + " " + bodypart;
                found.add(new Problem(Severity.WARNING, ProblemKind.LABEL_OUTSIDE_IMAGE, image, String.format(
                        Locale.ROOT, "%s: %s at (%.1f, %.1f), labeled in %s, lies outside the %s image.",
                        relative(image), who, table.value(row, x), table.value(row, y), name(), size)));
            }
        }
        return found;
    }

    /** Adds the first {@value #MISSING_IMAGES_LISTED} problems and counts the rest in one more sentence. */
    private void listSome(List<Problem> found, Severity severity, ProblemKind kind, String moreSentence) {
        for (int i = 0; i < found.size(); i++) {
            if (i == MISSING_IMAGES_LISTED) {
                problems.add(new Problem(severity, kind, file, (found.size() - MISSING_IMAGES_LISTED)
                        + moreSentence));
                return;
            }
            problems.add(found.get(i));
        }
    }

    private boolean headerDepthMatches(ProjectConfig config, LabelTable table) {
        if (config.multiAnimal() == table.isMultiAnimal()) {
            return true;
        }
        if (config.multiAnimal()) {
            boolean human = labelFile.kind() == LabelFileKind.HUMAN_LABELS;
            problems.add(new Problem(human ? Severity.ERROR : Severity.WARNING, ProblemKind.HEADER_DEPTH_MISMATCH,
                    file, name() + " has a single-animal header (3 levels) in a multi-animal project"
                            + (human ? "." : "; its labels are shown without individuals and not compared with"
                                    + " the config.")));
        } else {
            problems.add(new Problem(Severity.WARNING, ProblemKind.HEADER_DEPTH_MISMATCH, file, name()
                    + " has a multi-animal header (4 levels) in a single-animal project."));
        }
        return false;
    }

    private void scorer(ProjectConfig config, LabelTable table) {
        Set<String> scorers = new LinkedHashSet<>();
        table.columns().forEach(column -> scorers.add(column.scorer()));
        if (!config.scorer().isEmpty() && !scorers.equals(Set.of(config.scorer())) && !scorers.isEmpty()) {
            problems.add(new Problem(Severity.WARNING, ProblemKind.SCORER_MISMATCH, file, relative(file)
                    + " has scorer " + String.join(", ", scorers) + " but config.yaml says " + config.scorer()
                    + "; a save writes " + config.scorer() + " under the same file name."));
        }
    }

    private void bodyparts(ProjectConfig config, LabelTable table) {
        List<String> configured = config.allBodyparts();
        if (configured.isEmpty()) {
            return;
        }
        Set<String> inFile = new LinkedHashSet<>();
        Set<String> individuals = new LinkedHashSet<>();
        table.columns().forEach(column -> {
            inFile.add(column.bodypart());
            individuals.add(column.individual());
        });
        for (String bodypart : inFile) {
            if (!configured.contains(bodypart)) {
                problems.add(new Problem(Severity.WARNING, ProblemKind.BODYPART_NOT_IN_CONFIG, file, "Bodypart "
                        + bodypart + " is in " + name() + " but not in config.yaml."));
            }
        }
        if (config.multiAnimal()) {
            for (String individual : individuals) {
                if (!config.individuals().contains(individual)
                        && !individual.equals(ProjectConfig.UNIQUE_INDIVIDUAL)) {
                    problems.add(new Problem(Severity.WARNING, ProblemKind.INDIVIDUAL_NOT_IN_CONFIG, file,
                            "Individual " + individual + " is in " + name() + " but not in config.yaml."));
                }
            }
        }
        if (labelFile.kind() == LabelFileKind.HUMAN_LABELS) {
            missingKeypoints(config, table, individuals);
        } else {
            for (String bodypart : configured) {
                if (!inFile.contains(bodypart)) {
                    problems.add(new Problem(Severity.WARNING, ProblemKind.BODYPART_NOT_IN_FILE, file, "Bodypart "
                            + bodypart + " is listed in config.yaml but has no columns in " + name() + "."));
                }
            }
        }
    }

    /** Human labels should hold every configured keypoint of every individual they hold. */
    private void missingKeypoints(ProjectConfig config, LabelTable table, Set<String> individuals) {
        for (ProjectConfig.Keypoint keypoint : config.expectedKeypoints()) {
            boolean individualPresent = individuals.contains(keypoint.individual());
            if (config.multiAnimal() && !individualPresent) {
                continue;
            }
            if (table.columnIndex(keypoint.individual(), keypoint.bodypart(), "x") < 0) {
                String owner = keypoint.individual().isEmpty() ? "" : " of " + keypoint.individual();
                problems.add(new Problem(Severity.WARNING, ProblemKind.BODYPART_NOT_IN_FILE, file, "Bodypart "
                        + keypoint.bodypart() + owner + " is listed in config.yaml but has no columns in " + name()
                        + "; it is added, unlabeled, when the file is edited."));
            }
        }
    }

    private void neverLabeled(LabelTable table) {
        if (table.rowCount() == 0) {
            return;
        }
        for (int c = 0; c < table.columnCount(); c++) {
            ColumnKey key = table.column(c);
            if (!key.coord().equals("x")) {
                continue;
            }
            boolean anyLabel = false;
            for (int r = 0; r < table.rowCount() && !anyLabel; r++) {
                anyLabel = Double.isFinite(table.value(r, c));
            }
            if (!anyLabel) {
                String owner = key.individual().isEmpty() ? "" : " of " + key.individual();
                problems.add(new Problem(Severity.WARNING, ProblemKind.BODYPART_NEVER_LABELED, file, "Bodypart "
                        + key.bodypart() + owner + " is not labeled in any frame of " + name() + "."));
            }
        }
    }

    private String name() {
        return file.getFileName().toString();
    }

    private String relative(Path path) {
        Path root = project.root();
        return (path.startsWith(root) ? root.relativize(path) : path).toString().replace('\\', '/');
    }
}
