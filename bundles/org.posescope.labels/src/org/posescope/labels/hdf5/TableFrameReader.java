package org.posescope.labels.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.StringData;
import org.posescope.labels.RowKey;
import org.posescope.labels.RowKeyStyle;
import org.posescope.labels.RowKeys;
import org.posescope.labels.UnsupportedLayoutException;
import org.posescope.labels.ValueType;

/**
 * Reads the pandas "table" layout: one PyTables table of (index, values_block_0, ...) records, whose column names
 * exist only in pickled attributes (see dlc-h5-format.md, section 5).
 */
final class TableFrameReader {

    private final Path file;
    private final Group group;
    private Map<String, Object> records;

    TableFrameReader(Path file, Group group) {
        this.file = file;
        this.group = group;
    }

    DecodedFrame read() throws IOException {
        if (!(group.getChild("table") instanceof Dataset table)) {
            throw unsupported("the dataset " + group.getPath() + "/table is missing");
        }
        Object dataColumns = PickledAttributes.load(group, "data_columns");
        if (dataColumns instanceof List<?> list && !list.isEmpty()) {
            throw unsupported("it has data columns " + list + ", which DeepLabCut never writes");
        }
        List<List<String>> columns = columnTuples(PickledAttributes.load(group, "non_index_axes"));

        PackedRecords packed = PackedRecords.of(table);
        List<String> notices = new ArrayList<>();
        RowsRead rows = readRows(packed, notices);

        FrameColumnsFiller filler = new FrameColumnsFiller(columns, rows.keys.size(), this::unsupported);
        Object blockNames = PickledAttributes.load(group, "values_cols");
        if (!(blockNames instanceof List<?> blocks)) {
            throw unsupported("it does not list its value blocks (values_cols)");
        }
        for (Object blockName : blocks) {
            List<List<String>> items = tupleList(PickledAttributes.load(table, blockName + "_kind"));
            String field = String.valueOf(blockName);
            Optional<double[][]> decoded = packed.doubles(field);
            Object data = decoded.isPresent() ? decoded.get() : records(table).get(field);
            double[][] block = blockValues(data, rows.keys.size(), items.size());
            String dtype = Hdf5Values.text(table, blockName + "_dtype");
            ValueType type = dtype != null && dtype.startsWith("int") ? ValueType.INT64 : ValueType.FLOAT64;
            if (dtype != null && !dtype.equals("float64") && !dtype.equals("int64")) {
                notices.add(blockName + " is stored as " + dtype + "; its values are read as "
                        + (type == ValueType.INT64 ? "int64" : "float64") + ".");
            }
            filler.place(String.valueOf(blockName), items, block, type);
        }
        return filler.frame(rows.keys, rows.style, notices);
    }

    private record RowsRead(List<RowKey> keys, RowKeyStyle style) {
    }

    private RowsRead readRows(PackedRecords packed, List<String> notices) throws UnsupportedLayoutException {
        Optional<long[]> frames = packed.longs("index");
        if (frames.isPresent()) {
            List<RowKey> keys = new ArrayList<>(frames.get().length);
            for (long frame : frames.get()) {
                keys.add(new RowKey.Frame(frame));
            }
            return new RowsRead(keys, RowKeyStyle.FRAME_NUMBER);
        }
        List<String> labels = indexStrings(packed);
        String video = FixedFrameReader.videoFolder(file);
        notices.addAll(RowKeys.noticesFor(labels, video));
        List<RowKey> keys = new ArrayList<>(labels.size());
        labels.forEach(label -> keys.add(RowKeys.image(label, video)));
        return new RowsRead(keys, RowKeys.styleOf(labels));
    }

    /** The string index decoded from the packed records, since jHDF garbles non-ASCII bytes of an ASCII field. */
    private List<String> indexStrings(PackedRecords packed) throws UnsupportedLayoutException {
        CompoundDataType type = packed.type();
        CompoundDataType.CompoundDataMember member = type.getMembers().stream()
                .filter(m -> m.getName().equals("index")).findFirst()
                .orElseThrow(() -> unsupported("its table has no index field"));
        if (!(member.getDataType() instanceof StringData stringType)) {
            throw unsupported("its row index is neither image paths nor frame numbers");
        }
        ByteBuffer raw = packed.raw();
        int rows = packed.rows();
        List<String> labels = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            labels.add(Hdf5Values.fixedString(raw, r * type.getSize() + member.getOffset(), stringType.getSize(),
                    stringType.getPaddingType()));
        }
        return labels;
    }

    /** Every field as jHDF decodes it, for value blocks of a type {@link PackedRecords} leaves to jHDF. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> records(Dataset table) {
        if (records == null) {
            records = (Map<String, Object>) table.getData();
        }
        return records;
    }

    private double[][] blockValues(Object data, int rows, int items) throws UnsupportedLayoutException {
        double[][] block = NumericArrays.toDoubles(data);
        if (block == null && data instanceof double[] single && items == 1) {
            block = new double[single.length][];
            for (int r = 0; r < single.length; r++) {
                block[r] = new double[] {single[r]};
            }
        }
        if (block == null && data instanceof long[] single && items == 1) {
            block = new double[single.length][];
            for (int r = 0; r < single.length; r++) {
                block[r] = new double[] {single[r]};
            }
        }
        if (block == null || block.length != rows || (rows > 0 && block[0].length != items)) {
            throw unsupported("a value block does not hold " + rows + " rows of " + items + " numbers");
        }
        return block;
    }

    /** The ordered column tuples from {@code non_index_axes = [(1, [tuple, ...])]}. */
    private List<List<String>> columnTuples(Object nonIndexAxes) throws UnsupportedLayoutException {
        if (nonIndexAxes instanceof List<?> axes && axes.size() == 1 && axes.get(0) instanceof Object[] axis
                && axis.length == 2) {
            return tupleList(axis[1]);
        }
        throw unsupported("its column names (non_index_axes) are not the list pandas writes");
    }

    private List<List<String>> tupleList(Object value) throws UnsupportedLayoutException {
        if (!(value instanceof List<?> list)) {
            throw unsupported("a list of column names is missing");
        }
        List<List<String>> tuples = new ArrayList<>(list.size());
        for (Object element : list) {
            if (!(element instanceof Object[] tuple)) {
                throw unsupported("its columns are a flat index, not the 3 or 4 levels of a DeepLabCut header");
            }
            List<String> names = new ArrayList<>(tuple.length);
            for (Object name : tuple) {
                names.add(String.valueOf(name));
            }
            tuples.add(List.copyOf(names));
        }
        return tuples;
    }

    private UnsupportedLayoutException unsupported(String why) {
        return new UnsupportedLayoutException(file, file.getFileName() + " cannot be read as a pandas table frame ("
                + group.getPath() + "): " + why + ".");
    }
}
