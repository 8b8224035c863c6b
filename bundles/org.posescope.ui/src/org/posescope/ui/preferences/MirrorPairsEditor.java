package org.posescope.ui.preferences;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.posescope.cluster.InvalidScanPreferenceException;
import org.posescope.cluster.MirrorPairs;
import org.posescope.cluster.ScanPreferences;
import org.posescope.labels.project.Project;
import org.posescope.labels.project.ProjectConfig;

/**
 * The mirror pairs of each open project, as {@code left/right} entries: detected from the bodypart names until
 * the user edits them, then stored for that project's folder.
 */
final class MirrorPairsEditor {

    private final ScanSettingsStore store;
    private final List<Project> projects;
    private final Map<Path, String> edited = new LinkedHashMap<>();
    private final Combo projectChoice;
    private final Text pairsText;
    private final Button detect;
    private final Label bodyparts;
    private Project shown;

    /**
     * @param selected the project to show first, or null for the first open one
     * @param onChange called after every edit, to check the page again
     */
    MirrorPairsEditor(Composite parent, ScanSettingsStore store, List<Project> projects, Project selected,
            Runnable onChange) {
        this.store = store;
        this.projects = List.copyOf(projects);

        Group group = new Group(parent, SWT.NONE);
        group.setText("Mirror pairs (per project)");
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);

        new Label(group, SWT.NONE).setText("Project:");
        projectChoice = new Combo(group, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(projectChoice);
        this.projects.forEach(project -> projectChoice.add(project.name()));
        detect = new Button(group, SWT.PUSH);
        detect.setText("Detect from names");

        pairsText = new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        pairsText.setToolTipText("One left/right pair per line or separated by commas, e.g. leftear/rightear.");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, 48).applyTo(pairsText);

        bodyparts = new Label(group, SWT.WRAP);
        bodyparts.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(bodyparts);

        projectChoice.addListener(SWT.Selection, event -> show(this.projects.get(projectChoice.getSelectionIndex())));
        pairsText.addModifyListener(event -> {
            if (shown != null) {
                edited.put(shown.root(), pairsText.getText());
            }
            onChange.run();
        });
        detect.addListener(SWT.Selection, event -> pairsText.setText(detected(shown)));

        boolean any = !this.projects.isEmpty();
        pairsText.setEnabled(any);
        detect.setEnabled(any);
        projectChoice.setEnabled(any);
        if (any) {
            Project first = selected != null && this.projects.contains(selected) ? selected : this.projects.get(0);
            projectChoice.select(this.projects.indexOf(first));
            show(first);
        } else {
            bodyparts.setText("Open a project to see and edit its mirror pairs.");
        }
    }

    /** The project shown now, or null when none is open. */
    Project shownProject() {
        return shown;
    }

    /** The text the pairs are edited in. */
    Text pairsText() {
        return pairsText;
    }

    /** Shows a project's pairs: as edited on this page, else as stored, else as detected. */
    void show(Project project) {
        shown = null;
        String text = edited.get(project.root());
        if (text == null) {
            text = store.values().getOrDefault(ScanPreferences.mirrorPairsKey(project.root()), detected(project));
        }
        pairsText.setText(text);
        List<String> names = bodypartsOf(project);
        bodyparts.setText(names.isEmpty() ? "The project's config.yaml names no bodyparts."
                : "Bodyparts: " + String.join(", ", names));
        bodyparts.getParent().layout(true, true);
        shown = project;
    }

    /** Replaces the shown project's pairs by those detected from its bodypart names. */
    void restoreDefaults() {
        if (shown != null) {
            pairsText.setText(detected(shown));
        }
    }

    /** The first edited project whose pairs cannot be used, with why. */
    Optional<String> problem() {
        for (Project project : projects) {
            String text = edited.get(project.root());
            if (text != null) {
                try {
                    ScanPreferences.parseMirrorPairs(text, bodypartsOf(project));
                } catch (InvalidScanPreferenceException e) {
                    // Name the project only when it is not the one in view, to keep the message on one line.
                    return Optional.of(project == shown ? e.getMessage() : project.name() + ": " + e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    /** Per edited project, its key and the pairs to store, or null where they equal the detected ones. */
    Map<String, String> changes() {
        Map<String, String> changes = new LinkedHashMap<>();
        for (Project project : projects) {
            String text = edited.get(project.root());
            if (text != null) {
                String pairs = ScanPreferences.formatMirrorPairs(
                        ScanPreferences.parseMirrorPairs(text, bodypartsOf(project)));
                changes.put(ScanPreferences.mirrorPairsKey(project.root()),
                        pairs.equals(detected(project)) ? null : pairs);
            }
        }
        return changes;
    }

    private static String detected(Project project) {
        return ScanPreferences.formatMirrorPairs(MirrorPairs.detect(bodypartsOf(project)));
    }

    private static List<String> bodypartsOf(Project project) {
        return project.config().map(ProjectConfig::allBodyparts).orElse(List.of());
    }
}
