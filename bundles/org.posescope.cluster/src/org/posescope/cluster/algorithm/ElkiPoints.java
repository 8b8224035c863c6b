package org.posescope.cluster.algorithm;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import elki.data.NumberVector;
import elki.data.type.TypeUtil;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.ids.DBIDIter;
import elki.database.ids.DBIDRange;
import elki.database.ids.DBIDRef;
import elki.database.ids.DBIDUtil;
import elki.database.relation.DoubleRelation;
import elki.database.relation.Relation;
import elki.datasource.ArrayAdapterDatabaseConnection;
import elki.index.tree.spatial.kd.MemoryKDTree;
import elki.index.tree.spatial.kd.split.MedianSplit;

// TODO [2026-12]: ELKI logs through its own java.util.logging handler (DBSCAN's "very few neighbors" warning goes to
// standard error), not through slf4j; a bridge would bring those lines into the product log.
/**
 * Points handed to ELKI: a static in-memory database over the rows, with a k-d tree that ELKI's query optimiser
 * uses for kNN and range queries (the points live in a few dimensions, where k-d trees work well).
 */
public final class ElkiPoints {

    private static final int LEAF_SIZE = 32;

    private final double[][] rows;
    private final Relation<NumberVector> relation;
    private final DBIDRange ids;

    public ElkiPoints(double[][] rows) {
        this.rows = rows;
        Database database = new StaticArrayDatabase(new ArrayAdapterDatabaseConnection(rows),
                List.of(new MemoryKDTree.Factory<NumberVector>(MedianSplit.STATIC, LEAF_SIZE)));
        database.initialize();
        this.relation = database.getRelation(TypeUtil.NUMBER_VECTOR_FIELD);
        this.ids = DBIDUtil.assertRange(relation.getDBIDs());
    }

    public int size() {
        return rows.length;
    }

    public double[] row(int index) {
        return rows[index];
    }

    public Relation<NumberVector> relation() {
        return relation;
    }

    /** The position of a database id among the rows. */
    public int offset(DBIDRef id) {
        return ids.getOffset(id);
    }

    /** How many distinct rows there are, counting no further than {@code limit}. */
    public int distinctRows(int limit) {
        Set<List<Double>> seen = new HashSet<>();
        for (double[] row : rows) {
            seen.add(Arrays.stream(row).boxed().toList());
            if (seen.size() >= limit) {
                break;
            }
        }
        return seen.size();
    }

    /**
     * Reads an ELKI score relation into an array indexed like the rows; non-finite scores (LOF of duplicated
     * points, for example) become {@code replacement}.
     */
    public double[] scores(DoubleRelation scores, double replacement) {
        double[] result = new double[rows.length];
        for (DBIDIter it = relation.iterDBIDs(); it.valid(); it.advance()) {
            double value = scores.doubleValue(it);
            result[offset(it)] = Double.isFinite(value) ? value : replacement;
        }
        return result;
    }
}
