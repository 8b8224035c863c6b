package org.posescope.cluster.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.cluster.LabelPoses;
import org.posescope.cluster.PoseSet;
import org.posescope.cluster.SampleResult;
import org.posescope.cluster.ScanResult;
import org.posescope.cluster.ScanSettings;
import org.posescope.cluster.Scanner;
import org.posescope.cluster.demo.InjectedMistake.Kind;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;

class DemoProjectTest {

    @TempDir
    Path dir;

    private static String image(SampleResult sample) {
        String key = sample.id().rowKey();
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @Test
    void writesADeepLabCutProject() throws Exception {
        List<InjectedMistake> mistakes = DemoProject.write(dir, 11);

        Path frames = dir.resolve("labeled-data/demo");
        assertTrue(Files.readString(dir.resolve("config.yaml")).contains("bodyparts:\n- nose\n- leftear\n"));
        assertTrue(Files.exists(frames.resolve("CollectedData_demo.h5")));
        assertTrue(Files.exists(frames.resolve("CollectedData_demo.csv")));
        BufferedImage first = ImageIO.read(frames.resolve("img000.png").toFile());
        assertEquals(DemoProject.WIDTH, first.getWidth());
        assertEquals(DemoProject.FRAMES, Files.list(frames).filter(p -> p.toString().endsWith(".png")).count());

        List<String> truth = Files.readAllLines(dir.resolve(DemoProject.TRUTH_FILE));
        assertEquals("image,kind,keypoints", truth.get(0));
        assertEquals(mistakes.size() + 1, truth.size());
        assertEquals(14, mistakes.size());
        assertTrue(truth.contains(mistakes.get(0).image() + "," + mistakes.get(0).kind().name().toLowerCase()
                + "," + String.join(" ", mistakes.get(0).keypoints())));

        LabelTable table = LabelFiles.read(frames.resolve("CollectedData_demo.h5")).table();
        assertEquals(DemoProject.FRAMES, table.rowCount());
        assertEquals(18, table.columnCount());
    }

    @Test
    void sameSeedSameProject() throws IOException {
        assertEquals(DemoProject.write(dir.resolve("a"), 5), DemoProject.write(dir.resolve("b"), 5));
        assertEquals(Files.readString(dir.resolve("a/labeled-data/demo/CollectedData_demo.csv")),
                Files.readString(dir.resolve("b/labeled-data/demo/CollectedData_demo.csv")));
    }

    /** The point of the product: a scan puts the injected mistakes first and says what they are. */
    @Test
    void scanFindsTheInjectedMistakesFirst() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path project = dir.resolve("seed" + seed);
            List<InjectedMistake> mistakes = DemoProject.write(project, seed);
            PoseSet poses = LabelPoses.fromTable(
                    LabelFiles.read(project.resolve("labeled-data/demo/CollectedData_demo.h5")).table());
            ScanResult result = Scanner.scan(poses, ScanSettings.defaults());

            Set<String> injected = mistakes.stream().map(InjectedMistake::image).collect(Collectors.toSet());
            Set<String> top = result.top(mistakes.size()).stream().map(DemoProjectTest::image)
                    .collect(Collectors.toSet());
            top.retainAll(injected);
            assertTrue(top.size() >= mistakes.size() - 1, "seed " + seed + ": only " + top.size() + " of "
                    + mistakes.size() + " injected mistakes in the top " + mistakes.size());

            long movesAndSwaps = mistakes.stream().filter(m -> m.kind() != Kind.MISSING).count();
            Set<String> head = result.top((int) movesAndSwaps).stream().map(DemoProjectTest::image)
                    .collect(Collectors.toSet());
            for (InjectedMistake mistake : mistakes) {
                SampleResult sample = result.top(result.size()).stream()
                        .filter(s -> image(s).equals(mistake.image())).findFirst().orElseThrow();
                assertTrue(sample.flagged(), mistake + " not flagged: " + sample);
                switch (mistake.kind()) {
                    case SWAP -> assertEquals("swap " + String.join("/", mistake.keypoints()), sample.reason());
                    case MISSING -> assertTrue(sample.reason().contains(mistake.keypoints().get(0) + " missing"),
                            sample.reason());
                    case MOVE -> assertTrue(head.contains(mistake.image()), mistake + " ranked " + sample.rank());
                }
            }
        }
    }
}
