package org.posescope.labels.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.SharedData;

class WorkspaceTest {

    @TempDir
    Path temporary;

    @Test
    void projectsSurviveASaveAndALoad() throws IOException {
        Path storage = temporary.resolve("settings/workspace.txt");
        Workspace workspace = Workspace.load(storage);

        List<Project> added = workspace.add(SharedData.cases());
        workspace.save();
        Workspace reloaded = Workspace.load(storage);

        assertEquals(20, added.size());
        assertEquals(workspace.folders(), reloaded.folders());
        assertEquals(20, reloaded.projects().size());
        assertEquals(List.of(), reloaded.missing());
        assertTrue(Files.readString(storage).startsWith("#"));
    }

    @Test
    void vanishedProjectIsKeptAsMissing() throws IOException {
        Path project = CaseCopy.of("B19", temporary);
        Path storage = temporary.resolve("workspace.txt");
        Workspace workspace = Workspace.load(storage);
        workspace.add(project);
        workspace.add(SharedData.caseProject("B01"));
        workspace.save();

        deleteTree(project);
        Workspace reloaded = Workspace.load(storage);

        assertEquals(List.of(project.toAbsolutePath().normalize()), reloaded.missing());
        assertEquals(1, reloaded.projects().size());
        assertEquals("B01", reloaded.projects().get(0).name());
        assertTrue(reloaded.remove(project));
        assertEquals(1, reloaded.folders().size());
    }

    @Test
    void addingTheSameProjectTwiceKeepsOne() throws IOException {
        Workspace workspace = Workspace.load(temporary.resolve("w.txt"));

        workspace.add(SharedData.caseProject("B01"));
        List<Project> again = workspace.add(SharedData.caseProject("B01"));

        assertEquals(List.of(), again);
        assertEquals(1, workspace.projects().size());
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
