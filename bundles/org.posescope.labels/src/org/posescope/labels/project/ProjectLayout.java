package org.posescope.labels.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names DeepLabCut gives to a project's folders and files, and the listing of them. Only directory listings
 * happen here; no file is opened.
 */
final class ProjectLayout {

    static final String CONFIG_FILE = "config.yaml";
    static final String LABELED_DATA = "labeled-data";
    static final String VIDEOS = "videos";
    static final String HUMAN_LABELS_PREFIX = "CollectedData_";

    private static final String MACHINE_LABELS_PREFIX = "machinelabels";
    private static final Pattern MACHINE_ITERATION = Pattern.compile("machinelabels-iter(\\d+)");
    private static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg");

    /** {@code <video>DLC_<net>shuffle<N>_<iterations><suffix>}; "DeepCut" is the name before DeepLabCut 2. */
    private static final Pattern INFERENCE_NAME = Pattern.compile("(.*?)(?:DLC|DeepCut)_.*?shuffle\\d+_\\d+(.*)");
    private static final Pattern TRACKLET_SUFFIX = Pattern.compile("_(el|bx|sk|tracks|id)(_filtered)?");

    private ProjectLayout() {
    }

    static boolean isProjectFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(CONFIG_FILE));
    }

    /** Whether a folder without config.yaml still looks like (part of) a project: it has labels to show. */
    static boolean looksLikeProjectWithoutConfig(Path folder) {
        return Files.isDirectory(folder.resolve(LABELED_DATA)) || !tableFiles(folder.resolve(VIDEOS)).isEmpty();
    }

    static List<LabeledVideo> labeledVideos(Path root) throws IOException {
        Path labeledData = root.resolve(LABELED_DATA);
        if (!Files.isDirectory(labeledData)) {
            return List.of();
        }
        List<LabeledVideo> videos = new ArrayList<>();
        for (Path folder : sortedEntries(labeledData)) {
            String name = folder.getFileName().toString();

            // DeepLabCut's check_labels writes <video>_labeled/ with drawn frames; they are pictures, not data.
            if (Files.isDirectory(folder) && !name.endsWith("_labeled") && !name.startsWith(".")) {
                videos.add(labeledVideo(name, folder));
            }
        }
        return videos;
    }

    private static LabeledVideo labeledVideo(String name, Path folder) throws IOException {
        List<Path> entries = sortedEntries(folder);
        List<Path> images = entries.stream().filter(ProjectLayout::isImage).toList();

        List<LabelFile> human = new ArrayList<>();
        List<LabelFile> machine = new ArrayList<>();
        for (Map.Entry<String, Twins> table : twinsByStem(entries).entrySet()) {
            String stem = table.getKey();
            Twins twins = table.getValue();
            if (stem.startsWith(MACHINE_LABELS_PREFIX)) {
                machine.add(new LabelFile(LabelFileKind.MACHINE_LABELS, name, twins.h5, twins.csv));
            } else {
                human.add(new LabelFile(LabelFileKind.HUMAN_LABELS, name, twins.h5, twins.csv));
            }
        }
        human.addAll(machine);
        return new LabeledVideo(name, folder, images, human);
    }

    static List<LabelFile> videoOutputs(Path root) throws IOException {
        List<LabelFile> outputs = new ArrayList<>();
        for (Map.Entry<String, Twins> table : twinsByStem(tableFiles(root.resolve(VIDEOS))).entrySet()) {
            Matcher inference = INFERENCE_NAME.matcher(table.getKey());
            LabelFileKind kind = LabelFileKind.OTHER_TABLE;
            String video = "";
            if (inference.matches()) {
                video = inference.group(1);
                kind = inferenceKind(inference.group(2));
            }
            outputs.add(new LabelFile(kind, video, table.getValue().h5, table.getValue().csv));
        }
        return outputs;
    }

    /** One table file by itself, named as it would be in {@code labeled-data/<video>/} or {@code videos/}. */
    static LabelFile looseFile(Path file) {
        boolean csv = extension(file).equals("csv");
        Path h5 = csv ? null : file;
        Path twin = csv ? file : null;
        String stem = stem(file);
        Path folder = file.getParent();
        String folderName = folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
        if (stem.startsWith(HUMAN_LABELS_PREFIX)) {
            return new LabelFile(LabelFileKind.HUMAN_LABELS, folderName, h5, twin);
        }
        if (stem.startsWith(MACHINE_LABELS_PREFIX)) {
            return new LabelFile(LabelFileKind.MACHINE_LABELS, folderName, h5, twin);
        }
        Matcher inference = INFERENCE_NAME.matcher(stem);
        if (inference.matches()) {
            return new LabelFile(inferenceKind(inference.group(2)), inference.group(1), h5, twin);
        }
        return new LabelFile(LabelFileKind.OTHER_TABLE, "", h5, twin);
    }

    /** The kind of a video-inference table by what follows {@code shuffle<N>_<iterations>} in its name. */
    private static LabelFileKind inferenceKind(String suffix) {
        return suffix.isEmpty() ? LabelFileKind.VIDEO_PREDICTIONS
                : suffix.equals("_filtered") ? LabelFileKind.FILTERED_PREDICTIONS
                : TRACKLET_SUFFIX.matcher(suffix).matches() ? LabelFileKind.TRACKLETS
                : LabelFileKind.OTHER_TABLE;
    }

    /**
     * Groups h5 and csv files that hold the same table. {@code machinelabels.csv} is the twin of the newest
     * {@code machinelabels-iter<N>.h5}, as DeepLabCut writes them.
     */
    private static Map<String, Twins> twinsByStem(List<Path> entries) {
        Map<String, Twins> byStem = new TreeMap<>(Comparator.naturalOrder());
        String newestMachineStem = null;
        int newestIteration = -1;
        for (Path entry : entries) {
            String stem = stem(entry);
            Matcher iteration = MACHINE_ITERATION.matcher(stem);
            if (extension(entry).equals("h5") && iteration.matches()
                    && Integer.parseInt(iteration.group(1)) > newestIteration) {
                newestIteration = Integer.parseInt(iteration.group(1));
                newestMachineStem = stem;
            }
        }
        for (Path entry : entries) {
            String extension = extension(entry);
            if (!Files.isRegularFile(entry) || !(extension.equals("h5") || extension.equals("csv"))) {
                continue;
            }
            String stem = stem(entry);
            if (extension.equals("csv") && stem.equals(MACHINE_LABELS_PREFIX) && newestMachineStem != null) {
                stem = newestMachineStem;
            }
            Twins twins = byStem.computeIfAbsent(stem, ignored -> new Twins());
            if (extension.equals("h5")) {
                twins.h5 = entry;
            } else {
                twins.csv = entry;
            }
        }
        return byStem;
    }

    private static List<Path> tableFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try {
            return sortedEntries(folder).stream()
                    .filter(path -> extension(path).equals("h5") || extension(path).equals("csv")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Path> sortedEntries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted(Comparator.comparing(path -> path.getFileName().toString())).toList();
        }
    }

    static boolean isImage(Path path) {
        return Files.isRegularFile(path) && IMAGE_EXTENSIONS.contains(extension(path));
    }

    static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static final class Twins {
        private Path h5;
        private Path csv;
    }
}
