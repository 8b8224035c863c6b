package org.posescope.labels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The child process of {@link InterruptedSaveTest}: saves a large table through {@link LabelFiles#save} onto an
 * existing file, large enough that the save is still writing its temporary file when the test kills the process.
 *
 * <p>Arguments: the h5 file to save to, and the number of rows.
 */
public final class SlowSaveMain {

    static final String SCORER = "annot";
    static final String[] BODYPARTS = {"nose", "leftear", "rightear", "tailbase", "spine1", "spine2"};

    private SlowSaveMain() {
    }

    public static void main(String[] arguments) throws LabelFileException {
        Path target = Path.of(arguments[0]);
        int rows = Integer.parseInt(arguments[1]);
        LabelFiles.save(table(rows, 1000.0), target);
    }

    /** A table of {@code rows} images whose values grow from {@code offset}, so each row differs. */
    static LabelTable table(int rows, double offset) {
        List<ColumnKey> columns = new ArrayList<>();
        for (String bodypart : BODYPARTS) {
            columns.add(ColumnKey.single(SCORER, bodypart, "x"));
            columns.add(ColumnKey.single(SCORER, bodypart, "y"));
        }
        List<RowKey> keys = new ArrayList<>(rows);
        double[][] values = new double[rows][columns.size()];
        for (int r = 0; r < rows; r++) {
            keys.add(new RowKey.Image("labeled-data", "vid1", String.format("img%06d.png", r)));
            for (int c = 0; c < columns.size(); c++) {
                values[r][c] = offset + r + c / 16.0;
            }
        }
        ValueType[] types = new ValueType[columns.size()];
        Arrays.fill(types, ValueType.FLOAT64);
        return new LabelTable(columns, keys, types, values, false);
    }
}
