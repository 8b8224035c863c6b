package org.posescope.labels.hdf5;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.jhdf.api.Node;
import io.jhdf.api.WritableAttributeImpl;
import io.jhdf.api.WritableNode;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.StringData;
import io.jhdf.storage.HdfBackingStorage;

/**
 * Writes string attributes the way PyTables does, which jHDF's own {@code putAttribute} does not.
 *
 * <p>jHDF 0.13.0 stores a string attribute with a terminating NUL inside its declared size ({@code "frame"} becomes
 * six bytes). PyTables hands that NUL to pandas as part of the text, and pandas then fails on
 * {@code pandas_type == "frame\0"}. PyTables itself stores exactly the text's bytes: UTF-8 character set for Python
 * {@code str}, ASCII character set for pickled Python objects such as None ({@code N.}).
 *
 * <p>This is the one place that relies on jHDF internals: a {@link DataType} subclass for a fixed-length string
 * of exact size, carried by a {@link WritableAttributeImpl} subclass and put into the node's attribute map, which
 * jHDF's writable nodes return mutable and encode through {@code getDataType()} when the file is written.
 */
final class PyTablesAttributes {

    /** A pickled Python None in protocol 0, as PyTables stores attributes whose value is None. */
    static final String PICKLED_NONE = "N.";

    private PyTablesAttributes() {
    }

    /** Puts a Python {@code str} attribute: UTF-8, no NUL inside the size. */
    static void putText(WritableNode node, String name, String value) {
        put(node, name, value, true);
    }

    /** Puts a pickled Python object given as its protocol-0 text: ASCII character set, as PyTables marks it. */
    static void putPickle(WritableNode node, String name, String pickleText) {
        put(node, name, pickleText, false);
    }

    private static void put(WritableNode node, String name, String value, boolean utf8) {
        byte[] bytes = value.getBytes(utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        if (bytes.length == 0) {
            throw new IllegalArgumentException("HDF5 cannot store the empty string attribute " + name);
        }
        node.getAttributes().put(name, new ExactStringAttribute(name, node, value, new ExactString(bytes, utf8)));
    }

    /** A scalar string attribute whose type and bytes come from {@link ExactString}. */
    private static final class ExactStringAttribute extends WritableAttributeImpl {

        private final ExactString type;

        ExactStringAttribute(String name, Node node, String value, ExactString type) {
            super(name, node, value);
            this.type = type;
        }

        @Override
        public DataType getDataType() {
            return type;
        }

        @Override
        public long getSizeInBytes() {
            return type.getSize();
        }

        @Override
        public ByteBuffer getBuffer() {
            return type.encodeData(getData());
        }
    }

    /** HDF5 string datatype (class 3), null-terminated padding, size equal to the byte length of the value. */
    private static final class ExactString extends DataType {

        private final byte[] bytes;

        ExactString(byte[] bytes, boolean utf8) {
            super(StringData.CLASS_ID, bytes.length);
            this.bytes = bytes.clone();
            // Class bits 0-3 hold the padding (0: null-terminated), bits 4-7 the character set (0 ASCII, 1 UTF-8).
            classBits.set(4, utf8);
        }

        @Override
        public ByteBuffer toBuffer() {
            return toBufferBuilder().build();
        }

        @Override
        public ByteBuffer encodeData(Object data) {
            return ByteBuffer.wrap(bytes.clone());
        }

        @Override
        public Class<?> getJavaType() {
            return String.class;
        }

        @Override
        public Object fillData(ByteBuffer buffer, int[] dimensions, HdfBackingStorage storage) {
            throw new UnsupportedOperationException("this datatype is only written, never read");
        }
    }
}
