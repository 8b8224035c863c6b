package org.posescope.ui.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.ValueType;
import org.posescope.labels.check.CsvTwins;
import org.posescope.labels.project.LabelDocumentPreparation.PreparedLabels;
import org.posescope.labels.project.LabelFile;
import org.posescope.labels.project.Project;

/**
 * One human label file open for editing: its table prepared for saving, the undo context its edits are recorded
 * in, and whether it differs from the file on disk. Edits happen on the UI thread through
 * {@link KeypointEditOperation}s; a save writes through {@link LabelFiles#save} after checking that nobody else
 * wrote the file since it was read.
 */
public final class LabelDocument {

    private final Project project;
    private final Optional<LabelFile> source;
    private final Path target;
    private final String videoName;
    private final IOperationHistory history;
    private final ObjectUndoContext undoContext;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private LabelTable table;
    private List<String> preparationChanges;
    private DiskFingerprint loaded;
    private IUndoableOperation savedAt;
    private boolean neverSaved;
    private volatile boolean saving;

    /**
     * @param source the file read, empty for a CollectedData file that does not exist yet
     * @param prepared the table as prepared for editing, with its save target
     * @param videoName the labeled-data folder the file belongs to
     */
    LabelDocument(Project project, Optional<LabelFile> source, PreparedLabels prepared, String videoName,
            IOperationHistory history) throws IOException {
        this.project = project;
        this.source = source;
        this.target = prepared.saveTarget().toAbsolutePath().normalize();
        this.videoName = videoName;
        this.history = history;
        this.table = prepared.table();
        this.preparationChanges = prepared.changes();
        this.undoContext = new ObjectUndoContext(this, target.getFileName().toString());
        history.setLimit(undoContext, Integer.MAX_VALUE);
        this.loaded = DiskFingerprint.of(watchedFiles());
        this.neverSaved = source.isEmpty();
    }

    public Project project() {
        return project;
    }

    /** The label file read, empty while a new CollectedData file has not been saved yet. */
    public Optional<LabelFile> source() {
        return source;
    }

    /** The h5 file a save writes (its csv twin sits beside it). */
    public Path target() {
        return target;
    }

    public String videoName() {
        return videoName;
    }

    public String name() {
        return target.getFileName().toString();
    }

    /** The table being edited; change it only through operations. */
    public LabelTable table() {
        return table;
    }

    /** What preparing the file for editing changed (a save writes these too). */
    public List<String> preparationChanges() {
        return preparationChanges;
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    /** Whether the table differs from the file: an edit since the last save, or a new file never saved. */
    public boolean isDirty() {
        return neverSaved || history.getUndoOperation(undoContext) != savedAt;
    }

    /** The row of the image a key names (matching video and image name, whatever the key style), or -1. */
    public int rowOf(RowKey key) {
        for (int r = 0; r < table.rowCount(); r++) {
            if (ImageKeys.sameImage(table.row(r), key, videoName)) {
                return r;
            }
        }
        return -1;
    }

    /** Called after every change of table, dirty state or save, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** What a save writes, taken on the UI thread so that edits made while it writes stay unsaved. */
    public record SaveSnapshot(LabelTable table, IUndoableOperation savedAt) {
    }

    /**
     * Writes the table to {@link #target()} and its csv twin, on the calling thread: {@link #beginSave},
     * {@link #write}, {@link #finishSave}.
     *
     * @param overwriteChanges write even when the files were changed on disk since they were read
     * @throws ChangedOnDiskException when they were, and {@code overwriteChanges} is false; nothing is written
     * @throws LabelFileException when the writer fails; the previous files are unchanged
     */
    public void save(boolean overwriteChanges) throws ChangedOnDiskException, LabelFileException {
        SaveSnapshot snapshot = beginSave(overwriteChanges);
        try {
            write(snapshot);
        } catch (LabelFileException e) {
            abortSave();
            throw e;
        }
        finishSave(snapshot);
    }

    /**
     * The first step of a save, on the UI thread: checks the files on disk and copies the table.
     *
     * @throws ChangedOnDiskException when the files changed on disk and {@code overwriteChanges} is false
     */
    public SaveSnapshot beginSave(boolean overwriteChanges) throws ChangedOnDiskException, LabelFileException {
        // TODO [2026-12]: this check and finishSave hash the label files on the UI thread, which pauses the window
        // for files of tens of MB; and another program's write between this check and the job's rename is
        // overwritten without asking (the .bak keeps it).
        if (!overwriteChanges) {
            Path changed = changedOnDisk();
            if (changed != null) {
                throw new ChangedOnDiskException(changed);
            }
        }
        saving = true;
        return new SaveSnapshot(table.copy(), history.getUndoOperation(undoContext));
    }

    /** The slow step of a save, on any thread: writes the copied table through the atomic writer. */
    public void write(SaveSnapshot snapshot) throws LabelFileException {
        LabelFiles.save(snapshot.table(), target);
    }

    /** The last step of a written save, on the UI thread: the table as copied is now what the file holds. */
    public void finishSave(SaveSnapshot snapshot) throws LabelFileException {
        saving = false;
        savedAt = snapshot.savedAt();
        neverSaved = false;
        source.ifPresent(LabelFile::forget);
        try {
            loaded = DiskFingerprint.of(watchedFiles());
        } catch (IOException e) {
            throw new LabelFileException(target, "The saved file " + target.getFileName() + " cannot be read back"
                    + " to note its state: " + e.getMessage() + ".", e);
        } finally {
            changed();
        }
    }

    /** Ends a save whose write failed; the document stays as it was. */
    public void abortSave() {
        saving = false;
        changed();
    }

    /** Whether a save of this document is writing now, so that another must wait. */
    public boolean isSaving() {
        return saving;
    }

    /**
     * How the .csv beside the target differs from the target .h5 on disk (corrected in a spreadsheet, say), which a
     * save would replace; empty when they agree or there is no such pair.
     */
    public Optional<String> csvTwinDifference() {
        return target.getFileName().toString().endsWith(".h5") ? CsvTwins.difference(target) : Optional.empty();
    }

    /** The first watched file changed on disk since it was read or saved, or null. */
    public Path changedOnDisk() throws LabelFileException {
        try {
            return loaded.firstChange(DiskFingerprint.of(watchedFiles()));
        } catch (IOException e) {
            throw new LabelFileException(target, target.getFileName() + " cannot be checked for changes on disk: "
                    + e.getMessage() + ".", e);
        }
    }

    /** Drops every edit and its history and takes the table as prepared from the file as it is now. */
    void reload(PreparedLabels fresh) throws IOException {
        history.dispose(undoContext, true, true, false);
        history.setLimit(undoContext, Integer.MAX_VALUE);
        table = fresh.table();
        preparationChanges = fresh.changes();
        loaded = DiskFingerprint.of(watchedFiles());
        savedAt = null;
        neverSaved = source.isEmpty();
        changed();
    }

    /** Sets cells; used by operations only. */
    void setCells(List<CellChange> changes, boolean forward) {
        for (CellChange change : changes) {
            table.setValue(change.row(), change.column(), forward ? change.after() : change.before());
        }
    }

    /** Replaces the table (a row was added, or column types restored); used by operations only. */
    void replaceTable(LabelTable replacement) {
        table = replacement;
    }

    /** A copy of the table whose columns have the given types again (undoing pandas' int-to-float on NaN). */
    void restoreTypes(ValueType[] types) {
        double[][] values = new double[table.rowCount()][table.columnCount()];
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                values[r][c] = table.value(r, c);
            }
        }
        table = new LabelTable(table.columns(), table.rows(), types, values, table.isMultiAnimal());
    }

    ValueType[] valueTypes() {
        ValueType[] types = new ValueType[table.columnCount()];
        for (int c = 0; c < types.length; c++) {
            types[c] = table.valueType(c);
        }
        return types;
    }

    void changed() {
        listeners.forEach(Runnable::run);
    }

    private List<Path> watchedFiles() {
        LinkedHashSet<Path> files = new LinkedHashSet<>();
        source.ifPresent(file -> {
            file.h5().ifPresent(files::add);
            file.csv().ifPresent(files::add);
        });
        files.add(target);
        files.add(LabelFiles.csvTwinOf(target));
        return new ArrayList<>(files);
    }

    @Override
    public String toString() {
        return "LabelDocument " + target;
    }
}
