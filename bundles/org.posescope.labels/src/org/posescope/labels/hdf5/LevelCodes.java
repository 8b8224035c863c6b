package org.posescope.labels.hdf5;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One level of a pandas MultiIndex as the fixed layout stores it: the distinct values sorted as Python sorts
 * strings (by code point), and per position the code of its value, in the narrowest integer type pandas uses.
 */
final class LevelCodes {

    private static final int INT8_LIMIT = 126;
    private static final int INT16_LIMIT = 32766;

    private final String[] levels;
    private final int[] codes;

    LevelCodes(List<String> values) {
        TreeSet<String> sorted = new TreeSet<>(LevelCodes::compareCodePoints);
        sorted.addAll(values);
        levels = sorted.toArray(String[]::new);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < levels.length; i++) {
            position.put(levels[i], i);
        }
        codes = values.stream().mapToInt(position::get).toArray();
    }

    String[] levels() {
        return levels.clone();
    }

    /** The codes as {@code byte[]}, {@code short[]} or {@code int[]}, the narrowest that holds every level. */
    Object codeArray() {
        if (levels.length <= INT8_LIMIT) {
            byte[] narrow = new byte[codes.length];
            for (int i = 0; i < codes.length; i++) {
                narrow[i] = (byte) codes[i];
            }
            return narrow;
        }
        if (levels.length <= INT16_LIMIT) {
            short[] narrow = new short[codes.length];
            for (int i = 0; i < codes.length; i++) {
                narrow[i] = (short) codes[i];
            }
            return narrow;
        }
        return codes.clone();
    }

    /** The values of one level taken from tuples. */
    static List<String> column(List<List<String>> tuples, int level) {
        List<String> values = new ArrayList<>(tuples.size());
        tuples.forEach(tuple -> values.add(tuple.get(level)));
        return values;
    }

    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
