package org.posescope.ui.preferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.prefs.BackingStoreException;
import org.posescope.cluster.FeatureKind;
import org.posescope.cluster.ScanPreferences;
import org.posescope.cluster.algorithm.AlgorithmDescriptor;
import org.posescope.cluster.algorithm.Algorithms;
import org.posescope.cluster.algorithm.ParameterDescriptor;
import org.posescope.labels.project.Project;

/**
 * Window &gt; Preferences &gt; PoseScope: the algorithm and its parameters, the features, the minimum of labeled
 * keypoints and each project's mirror pairs. Every field is made from the engine's descriptors, so a new
 * algorithm or parameter appears here without a change to this page.
 */
public final class ScanPreferencePage extends PreferencePage {

    private static final int HELP_WIDTH = 460;

    private final ScanSettingsStore store;
    private final List<Project> projects;
    private final Project selectedProject;
    private final Runnable afterChange;
    private final List<AlgorithmDescriptor> algorithms = Algorithms.descriptors();
    private final Map<String, Composite> parameterPanels = new LinkedHashMap<>();
    private final List<ParameterField> fields = new ArrayList<>();

    private Combo algorithmChoice;
    private Label algorithmHelp;
    private Label algorithmCitation;
    private Composite parameterStack;
    private Combo featureChoice;
    private ParameterField minimumLabeled;
    private MirrorPairsEditor mirrorPairs;

    /**
     * @param projects the open projects, whose mirror pairs can be edited
     * @param selectedProject the project to show first, or null
     * @param afterChange called when OK or Apply stored a change, to scan again with it
     */
    public ScanPreferencePage(ScanSettingsStore store, List<Project> projects, Project selectedProject,
            Runnable afterChange) {
        super("PoseScope");
        this.store = store;
        this.projects = List.copyOf(projects);
        this.selectedProject = selectedProject;
        this.afterChange = afterChange;
        setDescription("How a scan compares poses and which algorithm ranks them. A change scans the shown file"
                + " again.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);

        createAlgorithmGroup(page);
        createPoseGroup(page);
        mirrorPairs = new MirrorPairsEditor(page, store, projects, selectedProject, this::check);

        load();
        return page;
    }

    private void createAlgorithmGroup(Composite page) {
        Group group = new Group(page, SWT.NONE);
        group.setText("Algorithm");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);

        new Label(group, SWT.NONE).setText("Algorithm:");
        algorithmChoice = new Combo(group, SWT.READ_ONLY);
        algorithms.forEach(algorithm -> algorithmChoice.add(algorithm.displayName()));
        algorithmChoice.addListener(SWT.Selection, event -> showAlgorithm(selectedAlgorithm()));

        algorithmHelp = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(HELP_WIDTH, SWT.DEFAULT)
                .applyTo(algorithmHelp);
        algorithmCitation = new Label(group, SWT.WRAP);
        algorithmCitation.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(HELP_WIDTH, SWT.DEFAULT)
                .applyTo(algorithmCitation);

        // One panel per algorithm, so that values typed for one survive a look at another.
        parameterStack = new Composite(group, SWT.NONE);
        parameterStack.setLayout(new StackLayout());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(parameterStack);
        for (AlgorithmDescriptor algorithm : algorithms) {
            Composite panel = new Composite(parameterStack, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(3).margins(0, 4).applyTo(panel);
            for (ParameterDescriptor parameter : algorithm.parameters()) {
                fields.add(new ParameterField(panel, ScanPreferences.parameterKey(algorithm.id(), parameter.name()),
                        parameter, this::check));
            }
            parameterPanels.put(algorithm.id(), panel);
        }
    }

    private void createPoseGroup(Composite page) {
        Group group = new Group(page, SWT.NONE);
        group.setText("Poses");
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);

        new Label(group, SWT.NONE).setText("Features:");
        featureChoice = new Combo(group, SWT.READ_ONLY);
        for (FeatureKind kind : FeatureKind.values()) {
            featureChoice.add(kind.displayName());
        }
        featureChoice.setToolTipText("What each pose is turned into before poses are compared.");
        GridDataFactory.swtDefaults().span(2, 1).applyTo(featureChoice);
        Label featureHelp = new Label(group, SWT.WRAP);
        featureHelp.setText("Pairwise distances cannot see left/right swaps; the aligned pose and mirror signs can.");
        featureHelp.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(HELP_WIDTH, SWT.DEFAULT).indent(12, 0)
                .applyTo(featureHelp);

        minimumLabeled = new ParameterField(group, ScanPreferences.MIN_LABELED_KEYPOINTS,
                ScanPreferences.MIN_LABELED_KEYPOINTS_PARAMETER, this::check);
        fields.add(minimumLabeled);
    }

    /** Fills the fields from the store: stored values, else defaults. */
    private void load() {
        AlgorithmDescriptor algorithm = algorithms.stream()
                .filter(a -> a.id().equals(store.value(ScanPreferences.ALGORITHM))).findFirst()
                .orElse(Algorithms.byDefault().descriptor());
        algorithmChoice.select(algorithms.indexOf(algorithm));
        for (ParameterField field : fields) {
            field.setText(store.value(field.key()));
        }
        FeatureKind features = store.settings().features();
        featureChoice.select(features.ordinal());
        showAlgorithm(algorithm);
    }

    private void showAlgorithm(AlgorithmDescriptor algorithm) {
        algorithmHelp.setText(algorithm.help());
        algorithmCitation.setText("Reference: " + algorithm.citation());
        ((StackLayout) parameterStack.getLayout()).topControl = parameterPanels.get(algorithm.id());
        parameterStack.layout(true, true);
        algorithmHelp.getParent().getParent().layout(true, true);
        check();
    }

    private AlgorithmDescriptor selectedAlgorithm() {
        return algorithms.get(Math.max(algorithmChoice.getSelectionIndex(), 0));
    }

    /** Refuses the page while a field holds a value that cannot be used, saying which and what is allowed. */
    private void check() {
        if (mirrorPairs == null) {
            return;
        }
        Optional<String> problem = fields.stream().map(ParameterField::problem).flatMap(Optional::stream)
                .findFirst().or(mirrorPairs::problem);
        setErrorMessage(problem.orElse(null));
        setValid(problem.isEmpty());
    }

    @Override
    protected void performDefaults() {
        algorithmChoice.select(algorithms.indexOf(Algorithms.byDefault().descriptor()));
        fields.forEach(ParameterField::setDefault);
        featureChoice.select(ScanPreferences.features(ScanPreferences.defaults().get(ScanPreferences.FEATURES))
                .ordinal());
        mirrorPairs.restoreDefaults();
        showAlgorithm(selectedAlgorithm());
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        check();
        if (!isValid()) {
            return false;
        }
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put(ScanPreferences.ALGORITHM, selectedAlgorithm().id());
        for (ParameterField field : fields) {
            changes.put(field.key(), field.normalText());
        }
        changes.put(ScanPreferences.FEATURES, FeatureKind.values()[featureChoice.getSelectionIndex()].name());
        changes.putAll(mirrorPairs.changes());

        boolean changed;
        try {
            changed = store.store(changes);
        } catch (BackingStoreException e) {
            setErrorMessage("The preferences could not be saved: " + e.getMessage());
            return false;
        }
        if (changed) {
            afterChange.run();
        }
        return true;
    }

    /** The combo a user picks the algorithm in. */
    Combo algorithmChoice() {
        return algorithmChoice;
    }

    MirrorPairsEditor mirrorPairs() {
        return mirrorPairs;
    }

    /** The field of a preference key, such as {@code lof.k}. */
    ParameterField field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst().orElseThrow();
    }
}
