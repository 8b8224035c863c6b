package org.posescope.labels.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import org.posescope.labels.RowKey;
import org.posescope.labels.RowKeyStyle;
import org.posescope.labels.RowKeys;
import org.posescope.labels.UnsupportedLayoutException;
import org.posescope.labels.ValueType;

/**
 * Reads the pandas "fixed" frame layout: level arrays with integer codes for both axes and one values array per
 * block of same-typed columns (see dlc-h5-format.md, section 4).
 */
final class FixedFrameReader {

    private final Path file;
    private final Group group;

    FixedFrameReader(Path file, Group group) {
        this.file = file;
        this.group = group;
    }

    DecodedFrame read() throws IOException {
        List<String> notices = new ArrayList<>();
        if (!"multi".equals(Hdf5Values.text(group, "axis0_variety"))) {
            throw unsupported("its columns are a flat index, not the 3 or 4 levels of a DeepLabCut header");
        }
        List<List<String>> columns = axisTuples("axis0", (int) Hdf5Values.number(group, "axis0_nlevels", 0));

        RowRead rows = readRows(notices);
        FrameColumnsFiller filler = new FrameColumnsFiller(columns, rows.keys.size(), this::unsupported);

        int blocks = (int) Hdf5Values.number(group, "nblocks", 1);
        for (int b = 0; b < blocks; b++) {
            String prefix = "block" + b;
            List<List<String>> items = "multi".equals(Hdf5Values.text(group, prefix + "_items_variety"))
                    ? axisTuples(prefix + "_items", (int) Hdf5Values.number(group, prefix + "_items_nlevels", 0))
                    : List.of();
            Dataset valuesSet = dataset(prefix + "_values");
            double[][] block = blockValues(valuesSet, items, rows.keys.size(), notices);
            ValueType type = valuesSet.getJavaType() == long.class || valuesSet.getJavaType() == int.class
                    ? ValueType.INT64 : ValueType.FLOAT64;
            filler.place("block " + b, items, block, type);
        }
        return filler.frame(rows.keys, rows.style, notices);
    }

    private record RowRead(List<RowKey> keys, RowKeyStyle style) {
    }

    private RowRead readRows(List<String> notices) throws IOException {
        String variety = Hdf5Values.text(group, "axis1_variety");
        if ("multi".equals(variety)) {
            List<List<String>> tuples = axisTuples("axis1", (int) Hdf5Values.number(group, "axis1_nlevels", 0));
            if (!tuples.isEmpty() && tuples.get(0).size() != 3) {
                throw unsupported("its row index has " + tuples.get(0).size() + " levels; DeepLabCut uses 3"
                        + " (labeled-data, video, image)");
            }
            List<RowKey> keys = new ArrayList<>(tuples.size());
            tuples.forEach(t -> keys.add(new RowKey.Image(t.get(0), t.get(1), t.get(2))));
            return new RowRead(keys, RowKeyStyle.THREE_LEVEL);
        }

        Dataset axis = dataset("axis1");
        String kind = Hdf5Values.text(axis, "kind");
        if ("integer".equals(kind)) {
            long[] frames = Hdf5Values.longs(axis.getData());
            List<RowKey> keys = new ArrayList<>(frames.length);
            for (long frame : frames) {
                keys.add(new RowKey.Frame(frame));
            }
            return new RowRead(keys, RowKeyStyle.FRAME_NUMBER);
        }
        if (!"string".equals(kind)) {
            throw unsupported("its row index is of kind '" + kind + "', neither image paths nor frame numbers");
        }
        List<String> labels = Arrays.asList(Hdf5Values.strings(axis));
        String video = videoFolder(file);
        notices.addAll(RowKeys.noticesFor(labels, video));
        List<RowKey> keys = new ArrayList<>(labels.size());
        labels.forEach(label -> keys.add(RowKeys.image(label, video)));
        return new RowRead(keys, RowKeys.styleOf(labels));
    }

    /** The tuples of a multi-level axis: {@code level[j][label[j][i]]} for each position i. */
    private List<List<String>> axisTuples(String prefix, int levels) throws IOException {
        if (levels < 1) {
            throw unsupported(prefix + " does not say how many levels it has");
        }
        String[][] levelValues = new String[levels][];
        long[][] codes = new long[levels][];
        for (int j = 0; j < levels; j++) {
            levelValues[j] = Hdf5Values.strings(dataset(prefix + "_level" + j));
            codes[j] = Hdf5Values.longs(dataset(prefix + "_label" + j).getData());
        }
        int count = codes[0].length;
        List<List<String>> tuples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] tuple = new String[levels];
            for (int j = 0; j < levels; j++) {
                long code = codes[j][i];
                if (code < 0 || code >= levelValues[j].length) {
                    throw unsupported(prefix + " level " + j + " has a missing or out-of-range label at position "
                            + i);
                }
                tuple[j] = levelValues[j][(int) code];
            }
            tuples.add(List.of(tuple));
        }
        return tuples;
    }

    /** One block's values as {@code [row][item]}, whatever its stored orientation and element type. */
    private double[][] blockValues(Dataset dataset, List<List<String>> itemTuples, int rows,
            List<String> notices) throws IOException {
        int items = itemTuples.size();
        if (dataset.isVariableLength()) {
            return ObjectBlock.values(file, dataset, itemTuples, rows, notices);
        }
        Object data = dataset.getData();
        boolean transposed = Hdf5Values.flag(dataset, "transposed", false);
        double[][] stored = NumericArrays.toDoubles(data);
        if (stored == null) {
            throw unsupported(dataset.getName() + " holds " + dataset.getJavaType().getSimpleName()
                    + " values, not numbers");
        }
        if (dataset.getJavaType() == float.class) {
            notices.add(dataset.getName() + " is stored as float32; its values are read as float64.");
        }
        double[][] byRow = transposed ? stored : NumericArrays.transpose(stored, items);
        if (byRow.length != rows || (rows > 0 && byRow[0].length != items)) {
            throw unsupported(dataset.getName() + " has a shape that does not match its " + rows + " rows and "
                    + items + " columns");
        }
        return byRow;
    }

    private Dataset dataset(String name) throws UnsupportedLayoutException {
        Node node = group.getChild(name);
        if (node instanceof Dataset dataset) {
            return dataset;
        }
        throw unsupported("the dataset " + group.getPath() + "/" + name + " is missing");
    }

    private UnsupportedLayoutException unsupported(String why) {
        return new UnsupportedLayoutException(file, file.getFileName() + " cannot be read as a pandas fixed frame ("
                + group.getPath() + "): " + why + ".");
    }

    static String videoFolder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }
}
