package org.posescope.labels.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.posescope.testsupport.SharedData;

/** What the paths DeepLabCut users type stand for. */
class NamedPathTest {

    private static final Path MULTI_MOUSE = Path.of("multi_mouse-dlc_team-2022-04-12");

    /** DeepLabCut's functions all take the config's path, so users pass it to ours too. */
    @Test
    void configYamlNamesItsProject() throws IOException {
        Path root = SharedData.data().resolve(MULTI_MOUSE);

        NamedPath named = NamedPath.of(root.resolve("config.yaml"));

        assertEquals(root, assertInstanceOf(NamedPath.WholeProject.class, named).project().root());
    }

    @Test
    void labeledDataFolderNamesAllTheProjectsLabeledVideos() throws IOException {
        Path root = SharedData.data().resolve(MULTI_MOUSE);

        NamedPath named = NamedPath.of(root.resolve("labeled-data"));

        Project project = assertInstanceOf(NamedPath.LabeledData.class, named).project();
        assertEquals(root, project.root());
    }

    @Test
    void aLabeledVideoFolderIsStillOneVideo() throws IOException {
        Path video = SharedData.data().resolve(MULTI_MOUSE).resolve("labeled-data/m3v1mp4short");

        NamedPath named = NamedPath.of(video);

        assertEquals(video, assertInstanceOf(NamedPath.Video.class, named).video().folder());
    }
}
