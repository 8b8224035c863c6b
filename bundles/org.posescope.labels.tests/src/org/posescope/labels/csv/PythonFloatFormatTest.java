package org.posescope.labels.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.posescope.testsupport.Pandas;

/** Our float formatting against what pandas' {@code to_csv} writes for the same doubles (passed as exact bits). */
class PythonFloatFormatTest {

    @Test
    void knownSpellingsOfPythonRepr() {
        assertEquals("1e-05", PythonFloatFormat.repr(1e-5));
        assertEquals("0.0001", PythonFloatFormat.repr(1e-4));
        assertEquals("1e+16", PythonFloatFormat.repr(1e16));
        assertEquals("1000000000000000.0", PythonFloatFormat.repr(1e15));
        assertEquals("1.5e+300", PythonFloatFormat.repr(1.5e300));
        assertEquals("250.05599999999998", PythonFloatFormat.repr(250.05599999999998));
        assertEquals("-0.0", PythonFloatFormat.repr(-0.0));
        assertEquals("202.0", PythonFloatFormat.repr(202.0));
        assertEquals("5e-324", PythonFloatFormat.repr(Double.MIN_VALUE));
    }

    @Test
    void matchesPandasToCsvOnAwkwardAndRandomDoubles() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 0.5270000100135803, 1e-4, 9.999e-5, 1e-5,
                1.2345e-7, 1e15, 9.999999999999998e15, 1e16, 1.2345678901234567e16, 1e22, 1e23, 2e-308,
                Double.MIN_VALUE, Double.MAX_VALUE, 123456789012345.6, 1234567890123456.7, -42.5, 5e-324,
                Math.PI, Math.E * 1e-10, 2.0 / 3.0, 1e100, 4.35e-6, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY));
        SplittableRandom random = new SplittableRandom(20261201L);
        for (int i = 0; i < 3000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(-30, 30)));
        }
        values.removeIf(value -> Double.isNaN(value));

        String bits = String.join(",", values.stream().map(v -> Long.toHexString(Double.doubleToRawLongBits(v)))
                .toList());
        String script = """
                import io, struct, sys
                import pandas as pd
                bits = [int(b, 16) for b in sys.stdin.read().split(",")]
                values = [struct.unpack("<d", struct.pack("<Q", b))[0] for b in bits]
                buffer = io.StringIO()
                pd.DataFrame({"v": values}).to_csv(buffer, index=False)
                print(buffer.getvalue(), end="")
                """;
        String[] pandasLines = runWithInput(script, bits).split("\n");

        for (int i = 0; i < values.size(); i++) {
            assertEquals(pandasLines[i + 1], PythonFloatFormat.repr(values.get(i)),
                    "bits " + Long.toHexString(Double.doubleToRawLongBits(values.get(i))));
        }
    }

    /** Pandas.run takes arguments, not standard input; the bits go through a temporary file instead. */
    private static String runWithInput(String script, String input) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("posescope-floats", ".txt");
            try {
                java.nio.file.Files.writeString(file, input);
                return Pandas.run(script.replace("sys.stdin.read()", "open(sys.argv[1]).read()"), file.toString());
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
