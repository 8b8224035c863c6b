package org.posescope.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.project.Project;
import org.posescope.testsupport.SharedData;
import org.posescope.ui.edit.KeypointEdits.Keypoint;

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+S typed as real X key events into the product's own workbench (our
 * Application.e4xmi, key bindings, handlers and addons) undo, redo and save a keypoint edit on a copy of B19.
 *
 * <p>The keys go through {@link Display#post}, which SWT turns into XTest events, the same path as a keyboard.
 * Without an X display the test is skipped, except under CI ({@code CI=true}), which provides Xvfb.
 */
class WorkbenchKeysTest {

    private static final long WAIT_MILLIS = 20_000;

    /** The key presses the display saw, as modifiers+character/keyCode, for failure messages. */
    private final List<String> typed = new CopyOnWriteArrayList<>();

    @TempDir
    Path temp;

    @Test
    void undoRedoAndSaveKeysActOnTheActiveDocument() throws Exception {
        requireDisplay();
        Project project = Project.open(CaseCopies.copy(SharedData.caseProject("B19"), temp.resolve("B19")));
        Display display = Display.getDefault();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        try (RunningWorkbench running = new RunningWorkbench(applicationFolder(), display)) {
            Thread driver = new Thread(() -> {
                try {
                    typeKeys(display, running.application(), project);
                } catch (Throwable e) {
                    failure.set(e);
                } finally {
                    display.asyncExec(running.workbench::close);
                }
            }, "workbench keys driver");
            driver.setDaemon(true);
            driver.start();
            running.runUntilClosed();
            driver.join(WAIT_MILLIS);
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    /** Runs off the display thread: edits, then types the keys and watches what they did. */
    private void typeKeys(Display display, MApplication application, Project project) throws Exception {
        LabelDocuments documents = await(display, () -> application.getContext().get(LabelDocuments.class));
        Shell shell = await(display, () -> shellOf(application));
        LabelDocument document = onUi(display, () -> {
            LabelDocument opened = documents.open(project, CaseCopies.humanLabels(project));
            documents.setActive(opened);
            documents.history().execute(KeypointEdits.move(KeypointEdits.Frame.of(opened,
                    opened.table().row(0)), new Keypoint("", "earL"), 123.5, 45.25), null, null);
            shell.forceActive();
            return opened;
        });
        int earLx = onUi(display, () -> document.table().columnIndex("", "earL", "x"));
        double original = LabelFiles.read(document.target()).table().value(0, earLx);
        assertEquals(123.5, (double) onUi(display, () -> document.table().value(0, earLx)));
        await(display, () -> shell.getDisplay().getActiveShell() == shell ? shell : null);
        display.asyncExec(() -> display.addFilter(SWT.KeyDown, key -> typed.add(
                (key.stateMask & SWT.MODIFIER_MASK) + "+" + (int) key.character + "/" + key.keyCode)));

        press(display, 'z', SWT.CTRL);
        await(display, () -> document.table().value(0, earLx) == original ? document : null);
        assertFalse(onUi(display, document::isDirty), "Ctrl+Z undid the only edit");

        press(display, 'z', SWT.CTRL, SWT.SHIFT);
        await(display, () -> document.table().value(0, earLx) == 123.5 ? document : null,
                () -> "keys seen " + typed);
        assertTrue(onUi(display, document::isDirty), "Ctrl+Shift+Z redid the edit");

        press(display, 's', SWT.CTRL);
        await(display, () -> document.isDirty() ? null : document, () -> "keys seen " + typed + ", save enabled "
                + new SaveHandler().canSave(documents) + ", saving " + document.isSaving() + ", active "
                + documents.active().map(LabelDocument::name).orElse("none"));
        assertEquals(123.5, LabelFiles.read(document.target()).table().value(0, earLx), "Ctrl+S saved the edit");
        assertEquals(123.5, LabelFiles.read(LabelFiles.csvTwinOf(document.target())).table().value(0, earLx));
    }

    private static Shell shellOf(MApplication application) {
        for (MWindow window : application.getChildren()) {
            if (window.getWidget() instanceof Shell shell && shell.isVisible()) {
                return shell;
            }
        }
        return null;
    }

    /** Posts the modifiers down, the key down and up, and the modifiers up, as a person types a shortcut. */
    private static void press(Display display, char key, int... modifiers) {
        for (int modifier : modifiers) {
            post(display, SWT.KeyDown, modifier, '\0');
        }
        post(display, SWT.KeyDown, 0, key);
        post(display, SWT.KeyUp, 0, key);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            post(display, SWT.KeyUp, modifiers[i], '\0');
        }
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue(display.post(event), "the X server took the key event");
    }

    private static <T> T onUi(Display display, Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Polls on the display thread until {@code probe} gives a value, failing after {@link #WAIT_MILLIS}. */
    private static <T> T await(Display display, Callable<T> probe) throws Exception {
        return await(display, probe, () -> "");
    }

    private static <T> T await(Display display, Callable<T> probe, Callable<String> facts) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            T value = onUi(display, probe);
            if (value != null) {
                return value;
            }
            Thread.sleep(50);
        }
        T value = onUi(display, probe);
        if (value == null) {
            fail("nothing came within " + WAIT_MILLIS + " ms; shells open: " + shellsOpen(display) + "; "
                    + onUi(display, facts));
        }
        return value;
    }

    /** The titles of the visible shells, the active one marked, so that a failure shows a dialog in the way. */
    private static String shellsOpen(Display display) {
        StringBuilder titles = new StringBuilder();
        display.syncExec(() -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible()) {
                    titles.append(shell == display.getActiveShell() ? "[active] " : "").append('"')
                            .append(shell.getText()).append("\" ");
                }
            }
        });
        return titles.toString();
    }

    /** org.posescope.app's source folder, found beside this test bundle's folder (or the folder above its jar). */
    private static Path applicationFolder() {
        String location = FrameworkUtil.getBundle(WorkbenchKeysTest.class).getLocation()
                .replaceFirst("^.*?file:", "");
        for (Path folder = Path.of(location).toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolveSibling("org.posescope.app");
            if (Files.isRegularFile(candidate.resolve("Application.e4xmi"))) {
                return candidate;
            }
        }
        throw new AssertionError("org.posescope.app is not beside " + location);
    }

    private static void requireDisplay() {
        String display = System.getenv("DISPLAY");
        boolean missing = display == null || display.isBlank();
        if (missing && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must provide an X display (Xvfb) for the workbench key test");
        }
        Assumptions.assumeFalse(missing, "No X display (DISPLAY is unset), so no key events can be typed");
    }
}
