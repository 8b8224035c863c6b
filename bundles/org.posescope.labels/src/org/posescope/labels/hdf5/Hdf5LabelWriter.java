package org.posescope.labels.hdf5;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;
import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.UnsupportedLayoutException;
import org.posescope.labels.ValueType;

/**
 * Writes a label table in the pandas "fixed" layout under the key {@code df_with_missing}, as pandas 1.5
 * {@code to_hdf} writes DeepLabCut frames (dlc-h5-format.md, section 4): a 3-level row index for image rows, an
 * integer index for frame rows, and one values block per stored type (float64 first, then int64).
 */
public final class Hdf5LabelWriter {

    private static final List<String> SINGLE_LEVELS = List.of("scorer", "bodyparts", "coords");
    private static final List<String> MULTI_LEVELS = List.of("scorer", "individuals", "bodyparts", "coords");

    public void write(LabelTable table, Path file) throws LabelFileException {
        if (table.rowCount() == 0 || table.columnCount() == 0) {
            // TODO [2026-12]: pandas writes empty frames with placeholder arrays; jHDF cannot write empty arrays.
            throw new UnsupportedLayoutException(file, "An empty label table (no rows or no columns) cannot be saved"
                    + " to " + file.getFileName() + ".");
        }
        boolean imageRows = table.row(0) instanceof RowKey.Image;
        for (RowKey row : table.rows()) {
            if (row instanceof RowKey.Image != imageRows) {
                throw new UnsupportedLayoutException(file, "The labels for " + file.getFileName() + " mix image rows"
                        + " and frame rows, which one pandas index cannot hold.");
            }
        }

        truncate(file);
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            hdf.removeAttribute("_jHDF");
            PyTablesAttributes.putText(hdf, "CLASS", "GROUP");
            PyTablesAttributes.putText(hdf, "PYTABLES_FORMAT_VERSION", "2.1");
            PyTablesAttributes.putText(hdf, "VERSION", "1.0");

            WritableGroup group = hdf.putGroup(Hdf5LabelReader.DEFAULT_KEY);
            writeFrameAttributes(group, table, imageRows);
            List<List<String>> columns = columnTuples(table.columns(), table.isMultiAnimal());
            List<String> levelNames = table.isMultiAnimal() ? MULTI_LEVELS : SINGLE_LEVELS;
            writeMultiIndex(group, "axis0", columns, levelNames);
            writeRows(group, table, imageRows);
            writeBlocks(group, table, columns, levelNames);
        } catch (RuntimeException e) {
            throw new LabelFileException(file, "The labels could not be written to " + file.getFileName() + ": "
                    + e.getMessage() + ".", e);
        }
    }

    /** jHDF writes over an existing file without shortening it, which would leave stale bytes at its end. */
    private static void truncate(Path file) throws LabelFileException {
        if (Files.exists(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(0);
            } catch (IOException e) {
                throw new LabelFileException(file, file.getFileName() + " cannot be overwritten: " + e.getMessage()
                        + ".", e);
            }
        }
    }

    private static void writeFrameAttributes(WritableGroup group, LabelTable table, boolean imageRows) {
        PyTablesAttributes.putText(group, "CLASS", "GROUP");
        PyTablesAttributes.putText(group, "VERSION", "1.0");
        PyTablesAttributes.putText(group, "pandas_type", "frame");
        PyTablesAttributes.putText(group, "pandas_version", "0.15.2");
        PyTablesAttributes.putText(group, "encoding", "UTF-8");
        PyTablesAttributes.putText(group, "errors", "strict");
        group.putAttribute("ndim", 2L);
        PyTablesAttributes.putText(group, "axis0_variety", "multi");
        group.putAttribute("axis0_nlevels", (long) (table.isMultiAnimal() ? 4 : 3));
        PyTablesAttributes.putText(group, "axis1_variety", imageRows ? "multi" : "regular");
        if (imageRows) {
            group.putAttribute("axis1_nlevels", 3L);
        }
    }

    private static void writeRows(WritableGroup group, LabelTable table, boolean imageRows) {
        if (imageRows) {
            List<List<String>> tuples = new ArrayList<>(table.rowCount());
            for (RowKey row : table.rows()) {
                RowKey.Image image = (RowKey.Image) row;
                tuples.add(List.of(image.folder(), image.video(), image.image()));
            }
            List<String> noNames = new ArrayList<>();
            noNames.add(null);
            noNames.add(null);
            noNames.add(null);
            writeMultiIndex(group, "axis1", tuples, noNames);
            return;
        }
        long[] frames = table.rows().stream().mapToLong(row -> ((RowKey.Frame) row).frame()).toArray();
        WritableDataset axis = group.putDataset("axis1", frames);
        arrayAttributes(axis);
        PyTablesAttributes.putText(axis, "kind", "integer");
        PyTablesAttributes.putPickle(axis, "name", PyTablesAttributes.PICKLED_NONE);
    }

    /** Level and label arrays of a MultiIndex; a null level name is stored as pickled None. */
    private static void writeMultiIndex(WritableGroup group, String prefix, List<List<String>> tuples,
            List<String> levelNames) {
        for (int j = 0; j < levelNames.size(); j++) {
            LevelCodes level = new LevelCodes(LevelCodes.column(tuples, j));
            String name = levelNames.get(j);
            WritableDataset levelSet = group.putDataset(prefix + "_level" + j, level.levels());
            arrayAttributes(levelSet);
            PyTablesAttributes.putText(levelSet, "kind", "string");
            if (name == null) {
                PyTablesAttributes.putPickle(levelSet, prefix + "_nameNone", PyTablesAttributes.PICKLED_NONE);
                PyTablesAttributes.putPickle(levelSet, "name", PyTablesAttributes.PICKLED_NONE);
            } else {
                PyTablesAttributes.putText(levelSet, prefix + "_name" + name, name);
                PyTablesAttributes.putText(levelSet, "name", name);
            }
            WritableDataset labelSet = group.putDataset(prefix + "_label" + j, level.codeArray());
            arrayAttributes(labelSet);
        }
    }

    private static void writeBlocks(WritableGroup group, LabelTable table, List<List<String>> columns,
            List<String> levelNames) {
        List<Integer> floats = new ArrayList<>();
        List<Integer> ints = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            (table.valueType(c) == ValueType.INT64 ? ints : floats).add(c);
        }
        int block = 0;
        for (List<Integer> members : List.of(floats, ints)) {
            if (members.isEmpty()) {
                continue;
            }
            String prefix = "block" + block;
            PyTablesAttributes.putText(group, prefix + "_items_variety", "multi");
            group.putAttribute(prefix + "_items_nlevels", (long) levelNames.size());
            writeMultiIndex(group, prefix + "_items", members.stream().map(columns::get).toList(), levelNames);
            WritableDataset values = group.putDataset(prefix + "_values", members == ints
                    ? longValues(table, members) : doubleValues(table, members));
            arrayAttributes(values);
            block++;
        }
        group.putAttribute("nblocks", (long) block);
    }

    private static double[][] doubleValues(LabelTable table, List<Integer> members) {
        double[][] values = new double[table.rowCount()][members.size()];
        for (int r = 0; r < values.length; r++) {
            for (int i = 0; i < members.size(); i++) {
                values[r][i] = table.value(r, members.get(i));
            }
        }
        return values;
    }

    private static long[][] longValues(LabelTable table, List<Integer> members) {
        long[][] values = new long[table.rowCount()][members.size()];
        for (int r = 0; r < values.length; r++) {
            for (int i = 0; i < members.size(); i++) {
                values[r][i] = (long) table.value(r, members.get(i));
            }
        }
        return values;
    }

    /** The attributes PyTables gives every array; {@code transposed} says values are stored (rows, columns). */
    private static void arrayAttributes(WritableNode dataset) {
        PyTablesAttributes.putText(dataset, "CLASS", "ARRAY");
        PyTablesAttributes.putText(dataset, "FLAVOR", "numpy");
        PyTablesAttributes.putText(dataset, "VERSION", "2.4");
        dataset.putAttribute("transposed", Boolean.TRUE);
    }

    private static List<List<String>> columnTuples(List<ColumnKey> keys, boolean multiAnimal) {
        List<List<String>> tuples = new ArrayList<>(keys.size());
        for (ColumnKey key : keys) {
            tuples.add(multiAnimal ? List.of(key.scorer(), key.individual(), key.bodypart(), key.coord())
                    : List.of(key.scorer(), key.bodypart(), key.coord()));
        }
        return tuples;
    }
}
