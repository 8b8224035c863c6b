package org.posescope.ui.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileRead;
import org.posescope.labels.project.Project;
import org.posescope.testsupport.SharedData;

/** What the frame view is given to draw, for a frame whose image is missing (field case B15). */
class FrameContentsTest {

    @Test
    void aFrameWithoutItsImageIsDrawnOnItsFoldersFrameSize() throws IOException {
        Project project = Project.open(SharedData.caseProject("B15"));
        LabelFile file = project.labelFiles().stream().filter(f -> f.fileName().equals("CollectedData_annot.h5"))
                .findFirst().orElseThrow();
        LabelTable table = ((LabelFileRead.Loaded) file.read()).table();
        int img002 = table.rows().indexOf(new RowKey.Image("labeled-data", "vid1", "img002.png"));

        FrameContent content = FrameContents.of(project, file, table, img002, "", List.of());

        assertFalse(Files.exists(content.image().orElseThrow()), "img002.png is the missing one");
        assertEquals(64, content.extentWidth(), "the width of the folder's other 64 x 48 frames");
        assertEquals(48, content.extentHeight());
    }
}
