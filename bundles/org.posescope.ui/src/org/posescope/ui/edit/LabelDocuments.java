package org.posescope.ui.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelTable;
import org.posescope.labels.ValueType;
import org.posescope.labels.project.LabelDocumentPreparation;
import org.posescope.labels.project.LabelDocumentPreparation.PreparedLabels;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.LabelFileKind;
import org.posescope.labels.project.LabeledVideo;
import org.posescope.labels.project.PreparationException;
import org.posescope.labels.project.Project;
import org.posescope.labels.project.ProjectConfig;
import org.posescope.ui.workbench.SampleSelection;

/**
 * The label documents open in the workbench, one per human label file, kept in the application context so that
 * the frame view, the outlier list and the save and undo handlers share them. Machine labels open the
 * CollectedData document of their folder (created empty when the folder has none yet).
 *
 * <p>Used on the UI thread, except {@link #open}, which reads the file and may run in a job.
 */
public final class LabelDocuments {

    private final IOperationHistory history;
    private final Map<Path, LabelDocument> documents = new LinkedHashMap<>();
    private final List<Consumer<LabelDocument>> changeListeners = new ArrayList<>();
    private final List<Consumer<LabelDocument>> saveListeners = new ArrayList<>();
    private LabelDocument active;
    private SampleSelection selectedSample;

    public LabelDocuments(IOperationHistory history) {
        this.history = history;
    }

    public IOperationHistory history() {
        return history;
    }

    /**
     * The document of a label file: the file itself for human labels, the CollectedData file of the same folder
     * for machine labels. Reads and prepares the file the first time.
     *
     * @throws PreparationException when the file cannot be read, or is a video output (whose frames are not
     *         images, so there is nothing to refine)
     */
    public synchronized LabelDocument open(Project project, LabelFile file) throws PreparationException {
        if (file.kind() == LabelFileKind.HUMAN_LABELS) {
            return openHuman(project, file);
        }
        if (file.kind() != LabelFileKind.MACHINE_LABELS) {
            throw new PreparationException(file.file(), file.fileName() + " holds predictions for video frames,"
                    + " which are not edited; extract the frames to refine them in labeled-data.");
        }
        LabeledVideo video = project.labeledVideo(file.videoName()).orElseThrow(() -> new PreparationException(
                file.file(), "The folder of " + file.fileName() + " is not a labeled video of " + project.name()
                        + "."));
        if (!video.humanLabels().isEmpty()) {
            return openHuman(project, video.humanLabels().get(0));
        }
        return openNew(project, video, file);
    }

    /** The document already open for a label file (machine labels map to their CollectedData), if any. */
    public synchronized Optional<LabelDocument> find(Project project, LabelFile file) {
        if (file.kind() == LabelFileKind.HUMAN_LABELS) {
            return Optional.ofNullable(documents.get(targetOf(file)));
        }
        Optional<LabeledVideo> video = project.labeledVideo(file.videoName());
        if (video.isEmpty() || file.kind() != LabelFileKind.MACHINE_LABELS) {
            return Optional.empty();
        }
        if (!video.get().humanLabels().isEmpty()) {
            return Optional.ofNullable(documents.get(targetOf(video.get().humanLabels().get(0))));
        }
        return project.config().map(config -> documents.get(newTarget(video.get(), config)));
    }

    /**
     * Whether a human label file is open with edits not yet saved. Machine labels never are: their edits go to the
     * CollectedData file of their folder.
     */
    public synchronized boolean hasUnsavedEdits(LabelFile file) {
        // TODO [2026-12]: a CollectedData file created for a folder with only machine labels is not in the
        // workspace tree until its first save, so its unsaved edits are marked nowhere.
        if (file.kind() != LabelFileKind.HUMAN_LABELS) {
            return false;
        }
        LabelDocument document = documents.get(targetOf(file));
        return document != null && document.isDirty();
    }

    public synchronized List<LabelDocument> all() {
        return List.copyOf(documents.values());
    }

    public synchronized List<LabelDocument> dirty() {
        return documents.values().stream().filter(LabelDocument::isDirty).toList();
    }

    /** The document of the frame shown, which Undo, Redo and Save act on. */
    public synchronized Optional<LabelDocument> active() {
        return Optional.ofNullable(active);
    }

    public void setActive(LabelDocument document) {
        synchronized (this) {
            active = document;
        }
        changeListeners.forEach(listener -> listener.accept(document));
    }

    /** The sample last selected in any part, which Apply Suggested Fix acts on. */
    public synchronized Optional<SampleSelection> selectedSample() {
        return Optional.ofNullable(selectedSample);
    }

    public synchronized void setSelectedSample(SampleSelection selection) {
        selectedSample = selection;
    }

    /** Called on every edit, undo, redo, save and reload of any document, and when the active one changes. */
    public void onChange(Consumer<LabelDocument> listener) {
        changeListeners.add(listener);
    }

    /** Called after a document was saved, so that a scan of the file can be asked for. */
    public void onSave(Consumer<LabelDocument> listener) {
        saveListeners.add(listener);
    }

    /** Saves a document on the calling thread and tells the save listeners; see {@link LabelDocument#save}. */
    public void save(LabelDocument document, boolean overwriteChanges) throws ChangedOnDiskException,
            LabelFileException {
        document.save(overwriteChanges);
        saved(document);
    }

    /** Tells the save listeners that a document was saved (by its save steps, see {@link LabelDocument#save}). */
    public void saved(LabelDocument document) {
        saveListeners.forEach(listener -> listener.accept(document));
    }

    /** Drops a document's edits and history and reads its file again as it is on disk now. */
    public void reload(LabelDocument document) throws PreparationException, IOException {
        LabelFile file = document.source().orElse(null);
        if (file == null) {
            document.reload(emptyTable(document.project(), document.target(), document.videoName()));
            return;
        }
        file.forget();
        document.reload(LabelDocumentPreparation.prepare(document.project(), file));
    }

    private LabelDocument openHuman(Project project, LabelFile file) throws PreparationException {
        Path target = targetOf(file);
        LabelDocument open = documents.get(target);
        if (open != null) {
            return open;
        }
        PreparedLabels prepared = LabelDocumentPreparation.prepare(project, file);
        return register(project, Optional.of(file), prepared, file.videoName());
    }

    private LabelDocument openNew(Project project, LabeledVideo video, LabelFile machine)
            throws PreparationException {
        ProjectConfig config = project.config().orElseThrow(() -> new PreparationException(machine.file(),
                "The project " + project.name() + " has no readable config.yaml, so the scorer and bodyparts of a"
                        + " new CollectedData file for " + machine.fileName() + " are unknown."));
        Path target = newTarget(video, config);
        LabelDocument open = documents.get(target);
        return open != null ? open
                : register(project, Optional.empty(), emptyTable(project, target, video.name()), video.name());
    }

    private LabelDocument register(Project project, Optional<LabelFile> file, PreparedLabels prepared,
            String videoName) throws PreparationException {
        try {
            LabelDocument document = new LabelDocument(project, file, prepared, videoName, history);
            document.addListener(() -> changeListeners.forEach(listener -> listener.accept(document)));
            documents.put(document.target(), document);
            return document;
        } catch (IOException e) {
            throw new PreparationException(prepared.saveTarget(), prepared.saveTarget().getFileName()
                    + " cannot be read to note its state on disk: " + e.getMessage() + ".");
        }
    }

    private static Path targetOf(LabelFile file) {
        Path read = file.file();
        String name = read.getFileName().toString();
        Path h5 = name.endsWith(".h5") ? read : read.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + ".h5");
        return h5.toAbsolutePath().normalize();
    }

    private static Path newTarget(LabeledVideo video, ProjectConfig config) {
        return video.folder().resolve("CollectedData_" + config.scorer() + ".h5").toAbsolutePath().normalize();
    }

    /** A table with the config's keypoints as columns and no rows, for a folder that has only machine labels. */
    private static PreparedLabels emptyTable(Project project, Path target, String videoName)
            throws PreparationException {
        ProjectConfig config = project.config().orElseThrow(() -> new PreparationException(target,
                "The project " + project.name() + " has no readable config.yaml for a new " + target.getFileName()
                        + "."));
        List<ColumnKey> columns = new ArrayList<>();
        for (ProjectConfig.Keypoint keypoint : config.expectedKeypoints()) {
            columns.add(new ColumnKey(config.scorer(), keypoint.individual(), keypoint.bodypart(), "x"));
            columns.add(new ColumnKey(config.scorer(), keypoint.individual(), keypoint.bodypart(), "y"));
        }
        ValueType[] types = new ValueType[columns.size()];
        Arrays.fill(types, ValueType.FLOAT64);
        LabelTable table = new LabelTable(columns, List.of(), types, new double[0][], config.multiAnimal());
        return new PreparedLabels(table, List.of(target.getFileName() + " does not exist yet; it is created for "
                + videoName + " with the first refined frame."), target);
    }
}
