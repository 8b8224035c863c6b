package org.posescope.labels.hdf5;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.dataset.DatasetBase;
import io.jhdf.object.datatype.StringData;

/**
 * Reads text and numbers the way PyTables stored them, around two jHDF habits that garble non-ASCII text.
 *
 * <p>PyTables declares string datasets and pickled attributes with the ASCII character set while pandas puts UTF-8
 * bytes (datasets) or Latin-1 pickle text (attributes) into them; jHDF decodes such strings as US-ASCII and turns
 * every byte above 0x7F into U+FFFD. So strings are decoded here from the raw bytes instead.
 */
final class Hdf5Values {

    private Hdf5Values() {
    }

    /** The elements of a one-dimensional string or integer dataset, as text. */
    static String[] strings(Dataset dataset) {
        if (dataset.getDataType() instanceof StringData type) {
            ByteBuffer raw = ((DatasetBase) dataset).getDataBuffer();
            int count = (int) dataset.getSize();
            String[] values = new String[count];
            for (int i = 0; i < count; i++) {
                values[i] = fixedString(raw, i * type.getSize(), type.getSize(), type.getPaddingType());
            }
            return values;
        }
        long[] numbers = longs(dataset.getData());
        return Arrays.stream(numbers).mapToObj(Long::toString).toArray(String[]::new);
    }

    /** One fixed-length string element, cut at its padding and decoded as UTF-8 whatever the declared set. */
    static String fixedString(ByteBuffer raw, int offset, int size, StringData.PaddingType padding) {
        byte[] bytes = new byte[size];
        raw.duplicate().position(offset).get(bytes);
        int end = size;
        if (padding == StringData.PaddingType.SPACE_PADDED) {
            while (end > 0 && bytes[end - 1] == ' ') {
                end--;
            }
        } else {
            int nul = 0;
            while (nul < size && bytes[nul] != 0) {
                nul++;
            }
            end = nul;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** Integer codes or numbers of any stored width, widened to long. */
    static long[] longs(Object data) {
        if (data instanceof long[] values) {
            return values;
        }
        if (data instanceof int[] values) {
            return Arrays.stream(values).asLongStream().toArray();
        }
        long[] widened;
        if (data instanceof byte[] values) {
            widened = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                widened[i] = values[i];
            }
            return widened;
        }
        if (data instanceof short[] values) {
            widened = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                widened[i] = values[i];
            }
            return widened;
        }
        throw new IllegalArgumentException("not an integer array: " + (data == null ? "null" : data.getClass()));
    }

    /** A string attribute decoded as PyTables meant it, or null when absent. */
    static String text(Node node, String name) {
        Attribute attribute = node.getAttributes().get(name);
        if (attribute == null) {
            return null;
        }
        if (attribute.isEmpty()) {
            return "";
        }
        if (!(attribute.getDataType() instanceof StringData type)) {
            return String.valueOf(attribute.getData());
        }
        byte[] bytes = rawBytes(attribute);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        // UTF-8 attributes are Python str; ASCII ones hold pickle text whose bytes are Latin-1.
        return new String(bytes, 0, end, type.getCharset().equals(StandardCharsets.UTF_8)
                ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /** The stored bytes of an attribute. */
    static byte[] rawBytes(Attribute attribute) {
        ByteBuffer buffer = attribute.getBuffer().duplicate();
        buffer.rewind();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** A whole-number attribute, or the fallback when absent. */
    static long number(Node node, String name, long fallback) {
        Attribute attribute = node.getAttributes().get(name);
        if (attribute == null || attribute.isEmpty()) {
            return fallback;
        }
        Object data = attribute.getData();
        if (data instanceof Number number) {
            return number.longValue();
        }
        if (data instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        throw new IllegalArgumentException("attribute " + name + " is not a number: " + data);
    }

    /** A boolean attribute such as {@code transposed} (stored as an 8-bit bitfield), or the fallback. */
    static boolean flag(Node node, String name, boolean fallback) {
        Attribute attribute = node.getAttributes().get(name);
        if (attribute == null || attribute.isEmpty()) {
            return fallback;
        }
        Object data = attribute.getData();
        if (data instanceof Boolean flag) {
            return flag;
        }
        return data instanceof Number number ? number.longValue() != 0 : fallback;
    }
}
