package org.posescope.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;

/**
 * Builds the poses of a scan from a label table: one sample per row in single-animal tables, one sample per
 * (row, individual) in multi-animal tables.
 *
 * <p>The unique bodyparts that DeepLabCut files under the individual {@code single} (objects such as food or a
 * lever) are <em>skipped</em>: they belong to no animal, so they have no place in a pose, and the pose set's
 * {@link PoseSet#notes() notes} say which were left out. A table holding nothing but {@code single} is scanned as
 * if {@code single} were the animal. Keypoints are the union of the animals' bodyparts in column order; an animal
 * without a bodypart column has that keypoint missing. Likelihood columns are not read: a label is present when
 * both x and y are finite, whatever its likelihood (a NaN point with likelihood 1.0 is missing). A row key that
 * appears more than once is scanned in its first row only, the row DeepLabCut uses, and a note says so.
 */
public final class LabelPoses {

    /** The individual under which multi-animal DeepLabCut files keep bodyparts that belong to no animal. */
    public static final String UNIQUE_BODYPARTS_INDIVIDUAL = "single";

    private LabelPoses() {
    }

    public static PoseSet fromTable(LabelTable table) {
        List<String> notes = new ArrayList<>();
        List<String> animals = animals(table, notes);
        List<String> keypoints = keypoints(table, animals);

        int k = keypoints.size();
        int[][] xColumn = new int[animals.size()][k];
        int[][] yColumn = new int[animals.size()][k];
        for (int a = 0; a < animals.size(); a++) {
            for (int j = 0; j < k; j++) {
                xColumn[a][j] = table.columnIndex(animals.get(a), keypoints.get(j), "x");
                yColumn[a][j] = table.columnIndex(animals.get(a), keypoints.get(j), "y");
            }
        }

        int[] scannedRows = firstRowsOnly(table, notes);
        int samples = scannedRows.length * animals.size();
        double[] coordinates = new double[samples * k * 2];
        int[] rows = new int[samples];
        String[] rowKeys = new String[samples];
        int[] individualOfSample = new int[samples];
        // Rows in parallel: a million-frame table is forty million values to copy.
        int animalCount = animals.size();
        IntStream.range(0, scannedRows.length).parallel().forEach(i -> {
            int r = scannedRows[i];
            String key = table.row(r).display();
            for (int a = 0; a < animalCount; a++) {
                int s = i * animalCount + a;
                rows[s] = r;
                rowKeys[s] = key;
                individualOfSample[s] = a;
                for (int j = 0; j < k; j++) {
                    coordinates[(s * k + j) * 2] = valueOrNaN(table, r, xColumn[a][j]);
                    coordinates[(s * k + j) * 2 + 1] = valueOrNaN(table, r, yColumn[a][j]);
                }
            }
        });
        return new PoseSet(keypoints, coordinates, rows, rowKeys, individualOfSample, animals, notes);
    }

    /** The table's rows without the repeats of a row key; a note names each key that repeats. */
    private static int[] firstRowsOnly(LabelTable table, List<String> notes) {
        Map<RowKey, List<Integer>> repeated = table.repeatedRows();
        if (repeated.isEmpty()) {
            return IntStream.range(0, table.rowCount()).toArray();
        }
        boolean[] repeat = new boolean[table.rowCount()];
        for (Map.Entry<RowKey, List<Integer>> entry : repeated.entrySet()) {
            List<Integer> positions = entry.getValue();
            positions.subList(1, positions.size()).forEach(row -> repeat[row] = true);
            String times = positions.size() == 2 ? "twice" : positions.size() + " times";
            notes.add(entry.getKey().display() + " appears " + times + " (rows " + positions
                    + "); only its first row is scanned, the one DeepLabCut uses.");
        }
        return IntStream.range(0, table.rowCount()).filter(row -> !repeat[row]).toArray();
    }

    private static List<String> animals(LabelTable table, List<String> notes) {
        List<String> individuals = table.individuals();
        if (!table.isMultiAnimal() || individuals.size() < 2 || !individuals.contains(UNIQUE_BODYPARTS_INDIVIDUAL)) {
            return individuals;
        }
        List<String> animals = new ArrayList<>(individuals);
        animals.remove(UNIQUE_BODYPARTS_INDIVIDUAL);
        notes.add("The unique bodyparts of individual '" + UNIQUE_BODYPARTS_INDIVIDUAL + "' ("
                + String.join(", ", table.bodyparts(UNIQUE_BODYPARTS_INDIVIDUAL))
                + ") are not scored: they belong to no animal's pose.");
        return animals;
    }

    private static List<String> keypoints(LabelTable table, List<String> animals) {
        LinkedHashSet<String> union = new LinkedHashSet<>();
        for (String animal : animals) {
            union.addAll(table.bodyparts(animal));
        }
        return List.copyOf(union);
    }

    private static double valueOrNaN(LabelTable table, int row, int column) {
        if (column < 0) {
            return Double.NaN;
        }
        double value = table.value(row, column);
        return Double.isFinite(value) ? value : Double.NaN;
    }
}
