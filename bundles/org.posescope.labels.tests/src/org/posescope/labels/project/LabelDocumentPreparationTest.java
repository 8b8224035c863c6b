package org.posescope.labels.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.posescope.labels.ColumnKey;
import org.posescope.labels.LabelTable;
import org.posescope.labels.RowKey;
import org.posescope.labels.RowKeyStyle;
import org.posescope.labels.SourceLayout;
import org.posescope.labels.StorageFormat;
import org.posescope.labels.ValueType;

class LabelDocumentPreparationTest {

    private static final Path FILE = Path.of("/p/labeled-data/v1/CollectedData_ann.csv");

    @Test
    void missingKeypointsOfEveryIndividualAreInsertedInConfigOrder() {
        ProjectConfig config = multiAnimalConfig(List.of("m1", "m2"), List.of("nose", "ear", "tail"),
                List.of("food"));
        LabelTable table = table(true, List.of(key("m1", "nose", "x"), key("m1", "nose", "y"),
                key("m1", "tail", "x"), key("m1", "tail", "y"), key("m2", "nose", "x"), key("m2", "nose", "y")));

        LabelDocumentPreparation.PreparedLabels prepared = new LabelDocumentPreparation(Optional.of(config))
                .prepare(table, layout(RowKeyStyle.THREE_LEVEL, 4), "v1");

        List<String> order = prepared.table().columns().stream()
                .filter(key -> key.coord().equals("x")).map(key -> key.individual() + "." + key.bodypart()).toList();
        assertEquals(List.of("m1.nose", "m1.ear", "m1.tail", "m2.nose", "m2.ear", "m2.tail", "single.food"), order);
        assertEquals(4, prepared.changes().stream().filter(change -> change.startsWith("Bodypart")).count());
        assertEquals(1.5, prepared.table().value(0, prepared.table().columnIndex("m2", "nose", "y")));
        assertTrue(Double.isNaN(prepared.table().value(0, prepared.table().columnIndex("single", "food", "x"))));
        assertEquals(ValueType.FLOAT64, prepared.table().valueType(prepared.table().columnIndex("m1", "ear", "x")));
    }

    @Test
    void bareNamesScorerAndPathsAreBroughtInLine() {
        ProjectConfig config = singleAnimalConfig("annotA", List.of("nose"));
        List<RowKey> rows = List.of(new RowKey.Image("", "", "img0.png"),
                new RowKey.Image("labeled-data", "v1", "img1.png"));
        LabelTable table = new LabelTable(List.of(ColumnKey.single("annotB", "nose", "x"),
                ColumnKey.single("annotB", "nose", "y")), rows, new ValueType[] {ValueType.INT64, ValueType.INT64},
                new double[][] {{1, 2}, {3, 4}}, false);

        LabelDocumentPreparation.PreparedLabels prepared = new LabelDocumentPreparation(Optional.of(config))
                .prepare(table, layout(RowKeyStyle.IMAGE_NAME, 3), "v1");

        assertEquals(new RowKey.Image("labeled-data", "v1", "img0.png"), prepared.table().row(0));
        assertEquals("annotA", prepared.table().scorer());
        assertEquals(ValueType.INT64, prepared.table().valueType(0), "stored types are kept");
        assertEquals(Path.of("/p/labeled-data/v1/CollectedData_ann.h5"), prepared.saveTarget());
        assertEquals("annotB", table.scorer(), "the table given is left as it was");
        assertTrue(prepared.changes().stream().anyMatch(change -> change.contains("annotB")));
    }

    @Test
    void withoutConfigOnlyRowKeysChange() {
        LabelTable table = table(false, List.of(ColumnKey.single("s", "a", "x"), ColumnKey.single("s", "a", "y")));

        LabelDocumentPreparation.PreparedLabels prepared = new LabelDocumentPreparation(Optional.empty())
                .prepare(table, layout(RowKeyStyle.THREE_LEVEL, 3), "v1");

        assertTrue(prepared.table().sameContent(table));
        assertEquals(List.of(), prepared.changes());
    }

    private static ColumnKey key(String individual, String bodypart, String coord) {
        return new ColumnKey("s", individual, bodypart, coord);
    }

    private static LabelTable table(boolean multiAnimal, List<ColumnKey> columns) {
        double[][] values = new double[2][columns.size()];
        for (double[] row : values) {
            Arrays.fill(row, 1.5);
        }
        ValueType[] types = new ValueType[columns.size()];
        Arrays.fill(types, ValueType.FLOAT64);
        List<RowKey> rows = new ArrayList<>();
        rows.add(new RowKey.Image("labeled-data", "v1", "img0.png"));
        rows.add(new RowKey.Image("labeled-data", "v1", "img1.png"));
        return new LabelTable(columns, rows, types, values, multiAnimal);
    }

    private static SourceLayout layout(RowKeyStyle style, int levels) {
        return new SourceLayout(FILE, "", StorageFormat.CSV, style, levels, List.of());
    }

    private static ProjectConfig singleAnimalConfig(String scorer, List<String> bodyparts) {
        return new ProjectConfig(Path.of("/p/config.yaml"), "t", scorer, "d", false, bodyparts, List.of(), List.of(),
                List.of(), List.of(), "", OptionalDouble.empty(), List.of(), List.of());
    }

    private static ProjectConfig multiAnimalConfig(List<String> individuals, List<String> bodyparts,
            List<String> unique) {
        return new ProjectConfig(Path.of("/p/config.yaml"), "t", "s", "d", true, List.of(), individuals, bodyparts,
                unique, List.of(), "", OptionalDouble.empty(), List.of(), List.of());
    }
}
