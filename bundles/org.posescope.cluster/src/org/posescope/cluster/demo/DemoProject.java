package org.posescope.cluster.demo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.imageio.ImageIO;

import org.posescope.cluster.demo.InjectedMistake.Kind;
import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.ValueType;

/**
 * Writes a small DeepLabCut project to try PoseScope on: {@code config.yaml}, rendered frames of a simple animal in
 * {@code labeled-data/demo/}, human-style labels ({@code CollectedData_demo.h5} and its CSV twin, written by
 * {@link LabelFiles#save}) with known mistakes in them, and {@code injected-mistakes.csv} listing those mistakes.
 * The same seed gives the same project.
 */
public final class DemoProject {

    public static final String SCORER = "demo";
    public static final String VIDEO = "demo";
    public static final String TRUTH_FILE = "injected-mistakes.csv";

    static final int FRAMES = 100;
    static final int WIDTH = 320;
    static final int HEIGHT = 240;
    private static final int EAR_SWAPS = 4;
    private static final int FLANK_SWAPS = 2;
    private static final int MOVES = 5;
    private static final int MISSING = 3;
    private static final double LABEL_NOISE_PIXELS = 0.8;

    private DemoProject() {
    }

    /**
     * Writes the project into {@code dir} (created if needed; files of an earlier demo are replaced).
     *
     * @return the mistakes injected, in frame order
     * @throws IOException when a file cannot be written; the message names it
     */
    public static List<InjectedMistake> write(Path dir, long seed) throws IOException {
        Random random = new Random(seed);
        Path frames = dir.resolve("labeled-data").resolve(VIDEO);
        Files.createDirectories(frames);
        Files.createDirectories(dir.resolve("videos"));

        int k = DemoAnimal.KEYPOINTS.size();
        double[][] labels = new double[FRAMES][];
        for (int f = 0; f < FRAMES; f++) {
            double[] pose = DemoAnimal.randomPose(random, WIDTH, HEIGHT);
            writeImage(AnimalPainter.paint(pose, WIDTH, HEIGHT), frames.resolve(imageName(f)));
            labels[f] = new double[2 * k];
            for (int d = 0; d < 2 * k; d++) {
                labels[f][d] = pose[d] + LABEL_NOISE_PIXELS * random.nextGaussian();
            }
        }

        List<InjectedMistake> mistakes = inject(labels, random);
        Files.writeString(dir.resolve("config.yaml"), config(dir), StandardCharsets.UTF_8);
        try {
            LabelFiles.save(table(labels), frames.resolve("CollectedData_" + SCORER + ".h5"));
        } catch (LabelFileException e) {
            throw new IOException("Could not write the demo labels in " + frames + ": " + e.getMessage(), e);
        }
        writeTruth(dir.resolve(TRUTH_FILE), mistakes);
        return mistakes;
    }

    public static String imageName(int frame) {
        return String.format("img%03d.png", frame);
    }

    private static List<InjectedMistake> inject(double[][] labels, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int f = 0; f < FRAMES; f++) {
            order.add(f);
        }
        Collections.shuffle(order, random);
        List<String> names = DemoAnimal.KEYPOINTS;
        List<InjectedMistake> mistakes = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < EAR_SWAPS; i++) {
            mistakes.add(swap(labels, order.get(next++), names.indexOf("leftear"), names.indexOf("rightear")));
        }
        for (int i = 0; i < FLANK_SWAPS; i++) {
            mistakes.add(swap(labels, order.get(next++), names.indexOf("leftflank"), names.indexOf("rightflank")));
        }
        for (int i = 0; i < MOVES; i++) {
            int frame = order.get(next++);
            int keypoint = random.nextInt(names.size());
            double length = Math.hypot(labels[frame][0] - labels[frame][12], labels[frame][1] - labels[frame][13]);
            double distance = (0.25 + 0.15 * random.nextDouble()) * length;
            double angle = 2 * Math.PI * random.nextDouble();
            labels[frame][2 * keypoint] += distance * Math.cos(angle);
            labels[frame][2 * keypoint + 1] += distance * Math.sin(angle);
            mistakes.add(new InjectedMistake(imageName(frame), Kind.MOVE, List.of(names.get(keypoint))));
        }
        for (int i = 0; i < MISSING; i++) {
            int frame = order.get(next++);
            int keypoint = random.nextInt(names.size());
            labels[frame][2 * keypoint] = Double.NaN;
            labels[frame][2 * keypoint + 1] = Double.NaN;
            mistakes.add(new InjectedMistake(imageName(frame), Kind.MISSING, List.of(names.get(keypoint))));
        }
        mistakes.sort((a, b) -> a.image().compareTo(b.image()));
        return mistakes;
    }

    private static InjectedMistake swap(double[][] labels, int frame, int a, int b) {
        for (int c = 0; c < 2; c++) {
            double held = labels[frame][2 * a + c];
            labels[frame][2 * a + c] = labels[frame][2 * b + c];
            labels[frame][2 * b + c] = held;
        }
        return new InjectedMistake(imageName(frame), Kind.SWAP,
                List.of(DemoAnimal.KEYPOINTS.get(a), DemoAnimal.KEYPOINTS.get(b)));
    }

    private static LabelTable table(double[][] labels) {
        List<ColumnKey> columns = new ArrayList<>();
        for (String keypoint : DemoAnimal.KEYPOINTS) {
            columns.add(ColumnKey.single(SCORER, keypoint, "x"));
            columns.add(ColumnKey.single(SCORER, keypoint, "y"));
        }
        List<RowKey> rows = new ArrayList<>();
        for (int f = 0; f < FRAMES; f++) {
            rows.add(new RowKey.Image(RowKey.Image.LABELED_DATA, VIDEO, imageName(f)));
        }
        ValueType[] types = new ValueType[columns.size()];
        Arrays.fill(types, ValueType.FLOAT64);
        return new LabelTable(columns, rows, types, labels, false);
    }

    private static void writeImage(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("No PNG writer is available to write " + file + ".");
        }
    }

    private static void writeTruth(Path file, List<InjectedMistake> mistakes) throws IOException {
        StringBuilder text = new StringBuilder("image,kind,keypoints\n");
        for (InjectedMistake mistake : mistakes) {
            text.append(mistake.image()).append(',').append(mistake.kind().name().toLowerCase(Locale.ROOT))
                    .append(',').append(String.join(" ", mistake.keypoints())).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String config(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        StringBuilder yaml = new StringBuilder();
        yaml.append("# PoseScope demo project: a drawn animal with known labeling mistakes (see ").append(TRUTH_FILE)
                .append(")\n");
        yaml.append("Task: demo\nscorer: ").append(SCORER).append("\ndate: Jan1\nmultianimalproject: false\n")
                .append("identity:\n\n");
        yaml.append("project_path: ").append(root).append("\n\n");
        yaml.append("video_sets:\n  ").append(root.resolve("videos").resolve(VIDEO + ".avi"))
                .append(":\n    crop: 0, ").append(WIDTH).append(", 0, ").append(HEIGHT).append("\n");
        yaml.append("bodyparts:\n");
        DemoAnimal.KEYPOINTS.forEach(keypoint -> yaml.append("- ").append(keypoint).append('\n'));
        yaml.append("\nstart: 0\nstop: 1\nnumframes2pick: 20\n\n");
        yaml.append("skeleton:\n- - nose\n  - neck\n- - neck\n  - tailbase\n- - tailbase\n  - tailmid\n")
                .append("- - tailmid\n  - tailtip\n");
        yaml.append("skeleton_color: black\npcutoff: 0.6\ndotsize: 6\nalphavalue: 0.7\ncolormap: rainbow\n");
        return yaml.toString();
    }
}
