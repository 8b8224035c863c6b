package org.posescope.labels.hdf5;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.util.Optional;

import io.jhdf.api.Dataset;
import io.jhdf.dataset.DatasetBase;
import io.jhdf.object.datatype.ArrayDataType;
import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/**
 * The packed records of a PyTables table, with the fields DeepLabCut writes decoded straight from the bytes: an int64
 * index and float64 value blocks.
 *
 * <p>jHDF's generic compound reader builds every field element by element through reflection; on a 100,000-row
 * table of predictions that took several times as long as pandas' whole read. Fields of any other type are left to
 * it (the caller falls back to {@link Dataset#getData()}).
 */
final class PackedRecords {

    private final ByteBuffer raw;
    private final CompoundDataType type;
    private final int rows;

    private PackedRecords(ByteBuffer raw, CompoundDataType type, int rows) {
        this.raw = raw;
        this.type = type;
        this.rows = rows;
    }

    static PackedRecords of(Dataset table) {
        return new PackedRecords(((DatasetBase) table).getDataBuffer(), (CompoundDataType) table.getDataType(),
                (int) table.getSize());
    }

    ByteBuffer raw() {
        return raw;
    }

    CompoundDataType type() {
        return type;
    }

    int rows() {
        return rows;
    }

    /**
     * A float64 field (one value or a one-dimensional array of them per record) as {@code [row][element]}, or empty
     * when the field is missing or of another type.
     */
    Optional<double[][]> doubles(String field) {
        CompoundDataType.CompoundDataMember member = member(field);
        if (member == null) {
            return Optional.empty();
        }
        DataType element = member.getDataType();
        int count = 1;
        if (element instanceof ArrayDataType array) {
            int[] dimensions = array.getArrayTypeDimensions();
            if (dimensions.length != 1) {
                return Optional.empty();
            }
            count = dimensions[0];
            element = array.getBaseType();
        }
        if (!(element instanceof FloatingPoint floating) || floating.getSize() != Double.BYTES) {
            return Optional.empty();
        }

        // A bulk get per record copies memory; an absolute getDouble per value was a third of the whole read.
        double[][] values = new double[rows][count];
        int recordSize = type.getSize();
        int offset = member.getOffset();
        if (recordSize % Double.BYTES == 0 && offset % Double.BYTES == 0) {
            DoubleBuffer all = raw.duplicate().order(floating.getByteOrder()).asDoubleBuffer();
            for (int r = 0; r < rows; r++) {
                all.get((r * recordSize + offset) / Double.BYTES, values[r]);
            }
        } else {
            for (int r = 0; r < rows; r++) {
                raw.slice(r * recordSize + offset, count * Double.BYTES).order(floating.getByteOrder())
                        .asDoubleBuffer().get(values[r]);
            }
        }
        return Optional.of(values);
    }

    /** A signed int64 field of one value per record, or empty when the field is missing or of another type. */
    Optional<long[]> longs(String field) {
        CompoundDataType.CompoundDataMember member = member(field);
        if (member == null || !(member.getDataType() instanceof FixedPoint fixed) || !fixed.isSigned()
                || fixed.getSize() != Long.BYTES) {
            return Optional.empty();
        }
        ByteBuffer bytes = raw.duplicate().order(fixed.getByteOrder());
        long[] values = new long[rows];
        int recordSize = type.getSize();
        for (int r = 0; r < rows; r++) {
            values[r] = bytes.getLong(r * recordSize + member.getOffset());
        }
        return Optional.of(values);
    }

    private CompoundDataType.CompoundDataMember member(String field) {
        return type.getMembers().stream().filter(m -> m.getName().equals(field)).findFirst().orElse(null);
    }
}
