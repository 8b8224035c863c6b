package org.posescope.ui.preferences;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.posescope.cluster.ScanPreferences;
import org.posescope.cluster.algorithm.ParameterDescriptor;
import org.posescope.cluster.algorithm.ParameterType;

/**
 * One row of the preference page made from a {@link ParameterDescriptor}: its name, a text field, the allowed
 * range, and its line of help beneath. Fills three columns of a grid.
 */
final class ParameterField {

    private final String key;
    private final ParameterDescriptor parameter;
    private final Text text;

    /**
     * @param key the preference key the value is stored under
     * @param onChange called after every keystroke, to check the page again
     */
    ParameterField(Composite grid, String key, ParameterDescriptor parameter, Runnable onChange) {
        this.key = key;
        this.parameter = parameter;

        Label name = new Label(grid, SWT.NONE);
        name.setText(parameter.displayName() + ":");
        text = new Text(grid, SWT.BORDER | SWT.RIGHT);
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(text);
        text.setToolTipText(parameter.help());
        text.setData("posescope.key", key);
        Label range = new Label(grid, SWT.NONE);
        range.setText(rangeText());

        Label help = new Label(grid, SWT.WRAP);
        help.setText(parameter.help());
        help.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(12, 0)
                .applyTo(help);

        text.addModifyListener(event -> onChange.run());
    }

    String key() {
        return key;
    }

    String text() {
        return text.getText().trim();
    }

    /** The value as it is stored: {@code 20} for {@code 20.0} typed in a whole-number field. */
    String normalText() {
        return ScanPreferences.format(parameter, ScanPreferences.number(key, parameter, text()));
    }

    void setText(String value) {
        text.setText(value);
    }

    void setDefault() {
        text.setText(ScanPreferences.format(parameter, parameter.defaultValue()));
    }

    /** Why the value typed cannot be used, naming the field and its range. */
    Optional<String> problem() {
        try {
            ScanPreferences.number(key, parameter, text());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private String rangeText() {
        String kind = parameter.type() == ParameterType.INTEGER ? "whole number" : "number";
        return kind + ", " + ScanPreferences.format(parameter, parameter.min()) + " to "
                + ScanPreferences.format(parameter, parameter.max());
    }
}
