package org.posescope.ui.frame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.posescope.ui.edit.SuggestedFixes;

/** The row of buttons above the frame: step through frames, fit, place a missing keypoint, delete, swap, fix. */
final class FrameControls {

    private final FrameViewPart view;
    private final Button previous;
    private final Button next;
    private final Combo missing;
    private final Button place;
    private final Button delete;
    private final Button swap;
    private final Button fix;
    private final List<FrameKeypoint> missingKeypoints = new ArrayList<>();
    private FrameKeypoint placing;

    FrameControls(Composite parent, FrameViewPart view) {
        this.view = view;
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        row.setLayout(layout);

        previous = button(row, "< Previous", "Previous frame (Left arrow)", () -> view.step(-1));
        next = button(row, "Next >", "Next frame (Right arrow)", () -> view.step(1));
        button(row, "Fit", "Fit the frame into the view", view::fit);
        missing = new Combo(row, SWT.READ_ONLY);
        missing.setToolTipText("A keypoint missing in this frame, to place with a click");
        place = new Button(row, SWT.TOGGLE);
        place.setText("Place");
        place.setToolTipText("Click in the frame to put the chosen missing keypoint there");
        place.addListener(SWT.Selection, event -> {
            int index = missing.getSelectionIndex();
            view.place(place.getSelection() && index >= 0 ? missingKeypoints.get(index) : null);
        });
        delete = button(row, "Delete", "Mark the selected keypoints missing (Delete)", view::deleteSelected);
        swap = button(row, "Swap", "Exchange the two selected keypoints (Ctrl+click selects a second)",
                view::swapSelected);
        fix = button(row, "Apply Fix", "Apply the fix the scan suggests for this sample", view::applySuggestedFix);
    }

    FrameKeypoint placing() {
        return placing;
    }

    void placing(FrameKeypoint keypoint) {
        placing = keypoint;
        place.setSelection(keypoint != null);
    }

    /** Enables what applies to the frame shown and its selected keypoints. */
    void update(FrameViewPart.Shown shown, List<FrameKeypoint> selected) {
        boolean editable = shown != null && shown.document() != null;
        previous.setEnabled(shown != null && shown.row() > 0);
        next.setEnabled(shown != null && shown.row() + 1 < shown.asRead().rowCount());
        delete.setEnabled(editable && !selected.isEmpty());
        swap.setEnabled(editable && selected.size() == 2);

        String fixLabel = shown == null || shown.sample() == null ? null
                : SuggestedFixes.describe(shown.sample()).orElse(null);
        fix.setEnabled(editable && fixLabel != null);
        fix.setToolTipText(fixLabel == null ? "The scan suggests no fix for this frame" : fixLabel);

        missingKeypoints.clear();
        missing.removeAll();
        FrameContent content = view.canvas().content();
        if (editable && content != null) {
            content.keypoints().stream().filter(keypoint -> !keypoint.isLabeled()).forEach(keypoint -> {
                missingKeypoints.add(keypoint);
                missing.add(keypoint.displayName());
            });
        }
        if (!missingKeypoints.isEmpty()) {
            missing.select(0);
        }
        missing.setEnabled(!missingKeypoints.isEmpty());
        place.setEnabled(!missingKeypoints.isEmpty());
        missing.getParent().layout(true);
    }

    private static Button button(Composite parent, String text, String tip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }
}
