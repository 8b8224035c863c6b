package org.posescope.ui.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the next dialog with a given title by pressing one of its buttons, the way a user would, from a timer
 * that runs inside the dialog's own event loop, until closed. Records the titles of the dialogs it answered.
 */
final class DialogAnswers implements AutoCloseable {

    private static final int POLL_MILLIS = 50;

    final List<String> answered = new ArrayList<>();
    private final Display display;
    private boolean stopped;

    DialogAnswers(Display display) {
        this.display = display;
    }

    /** Presses the button whose label, without its mnemonic, is {@code button} once the dialog is open. */
    void answer(String title, String button) {
        display.timerExec(POLL_MILLIS, () -> {
            if (stopped) {
                return;
            }
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    Button pressed = find(shell, button);
                    if (pressed != null) {
                        answered.add(title);
                        pressed.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
            }
            answer(title, button);
        });
    }

    /** Stops waiting for a dialog that has not come. */
    @Override
    public void close() {
        stopped = true;
    }

    private static Button find(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button candidate && label.equals(candidate.getText().replace("&", ""))) {
                return candidate;
            }
            if (child instanceof Composite composite) {
                Button found = find(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
