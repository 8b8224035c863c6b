package org.posescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.posescope.testsupport.SharedData;

/** A project whose config.yaml is not YAML, beside B19's readable labels, and what check says of it. */
final class BrokenConfig {

    private BrokenConfig() {
    }

    static Path project(Path folder) throws IOException {
        Path project = folder.resolve("broken");
        Path video = Files.createDirectories(project.resolve("labeled-data/vid1"));
        Files.copy(SharedData.caseProject("B19").resolve("labeled-data/vid1/CollectedData_annot.h5"),
                video.resolve("CollectedData_annot.h5"));
        Files.writeString(project.resolve("config.yaml"), "scorer: annot\nbodyparts:\n  - nose\n - x: [\n");
        return project;
    }

    /** check's sentence about the config, without its "error: ". */
    static String checkSentence(Path project) {
        CommandRun check = CommandRun.of("check", project.toString());
        String line = check.out().lines().filter(text -> text.contains("config.yaml")).findFirst().orElseThrow();
        assertEquals("error: " + project.resolve("config.yaml") + ", line 4: is not valid YAML",
                line.substring(0, line.indexOf(" YAML") + 5), check.toString());
        return line.substring("error: ".length());
    }
}
