package org.posescope.labels.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.jhdf.api.Dataset;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.Unpickler;
import org.posescope.labels.UnsupportedLayoutException;

/**
 * A value block pandas stored as Python objects: a PyTables VLArray whose one element is a pickled numpy object
 * array. It appears when a column mixed None with numbers; such cells are read as numbers, None as NaN.
 *
 * <p>Pyrolite knows no numpy, so two small constructors teach it the two numpy calls such a pickle makes
 * ({@code numpy.core.multiarray._reconstruct} and {@code numpy.dtype}); only object arrays are accepted.
 */
final class ObjectBlock {

    static {
        IObjectConstructor newArray = args -> new NumpyObjectArray();
        Unpickler.registerConstructor("numpy.core.multiarray", "_reconstruct", newArray);
        Unpickler.registerConstructor("numpy._core.multiarray", "_reconstruct", newArray);
        Unpickler.registerConstructor("numpy", "dtype", args -> new NumpyDtype(String.valueOf(args[0])));
    }

    private ObjectBlock() {
    }

    static double[][] values(Path file, Dataset dataset, List<List<String>> items, int rows, List<String> notices)
            throws IOException {
        Object data = dataset.getData();
        if (!(data instanceof Object[] elements) || elements.length != 1) {
            throw unreadable(file, dataset, items, "it is not the single pickled array pandas writes");
        }
        Object unpickled = PickledAttributes.unpickle(bytes(elements[0]), dataset.getPath());
        if (!(unpickled instanceof NumpyObjectArray array) || !array.isObjectArray()) {
            throw unreadable(file, dataset, items, "its pickle holds no numpy object array");
        }

        boolean transposed = Hdf5Values.flag(dataset, "transposed", false);
        int expectedRows = transposed ? array.dimension(0) : array.dimension(1);
        int expectedItems = transposed ? array.dimension(1) : array.dimension(0);
        if (expectedRows != rows || expectedItems != items.size()) {
            throw unreadable(file, dataset, items, "its array shape does not match " + rows + " rows and "
                    + items.size() + " columns");
        }
        double[][] byRow = new double[rows][items.size()];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < items.size(); i++) {
                Object cell = transposed ? array.element(r, i) : array.element(i, r);
                if (cell != null && !(cell instanceof Number)) {
                    throw unreadable(file, dataset, List.of(items.get(i)), "a cell holds the text '" + cell
                            + "' where a coordinate belongs");
                }
                byRow[r][i] = cell == null ? Double.NaN : ((Number) cell).doubleValue();
            }
        }
        notices.add("The column(s) " + items + " are stored as Python objects (a pickled numpy array); their"
                + " numbers were read as float64 and None as NaN, and a save stores them as float64.");
        return byRow;
    }

    private static byte[] bytes(Object element) {
        if (element instanceof byte[] raw) {
            return raw;
        }
        if (element instanceof int[] unsigned) {
            byte[] raw = new byte[unsigned.length];
            for (int i = 0; i < unsigned.length; i++) {
                raw[i] = (byte) unsigned[i];
            }
            return raw;
        }
        return new byte[0];
    }

    private static UnsupportedLayoutException unreadable(Path file, Dataset dataset, List<List<String>> items,
            String why) {
        return new UnsupportedLayoutException(file, file.getFileName() + " stores the column(s) " + items
                + " as Python objects (" + dataset.getPath() + ") that cannot be read as coordinates: " + why + ".");
    }

    /** What {@code numpy.dtype(...)} builds; only its type code matters here. */
    public static final class NumpyDtype {

        private final String code;

        NumpyDtype(String code) {
            this.code = code;
        }

        /** Called by Pyrolite with the dtype's pickled state, which an object dtype does not need. */
        public void __setstate__(Object[] state) {
            // An object dtype has no byte order or field layout to remember.
        }

        boolean isObject() {
            return code.startsWith("O");
        }
    }

    /** What {@code numpy.core.multiarray._reconstruct(...)} builds, filled in by its pickled state. */
    public static final class NumpyObjectArray {

        private int[] shape = new int[0];
        private boolean fortranOrder;
        private List<?> elements = List.of();
        private boolean objectType;

        /** State tuple: (version, shape, dtype, is_fortran, data); object arrays carry their data as a list. */
        public void __setstate__(Object[] state) {
            Object[] dims = (Object[]) state[1];
            shape = new int[dims.length];
            for (int d = 0; d < dims.length; d++) {
                shape[d] = ((Number) dims[d]).intValue();
            }
            objectType = state[2] instanceof NumpyDtype dtype && dtype.isObject();
            fortranOrder = Boolean.TRUE.equals(state[3]);
            elements = state[4] instanceof List<?> list ? list : List.of();
        }

        boolean isObjectArray() {
            return objectType && shape.length == 2 && elements.size() == shape[0] * shape[1];
        }

        int dimension(int d) {
            return shape[d];
        }

        Object element(int i, int j) {
            return elements.get(fortranOrder ? j * shape[0] + i : i * shape[1] + j);
        }
    }
}
