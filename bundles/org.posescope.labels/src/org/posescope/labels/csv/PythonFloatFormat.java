package org.posescope.labels.csv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles as Python's {@code repr} does, which is what {@code DataFrame.to_csv} writes for float64.
 *
 * <p>Both Python and Java (since JDK 19) pick the shortest digits that read back to the same double, but they lay
 * them out differently: Python writes {@code 1e-05}, {@code 1e+16}, {@code 1234567890123456.0} where Java writes
 * {@code 1.0E-5}, {@code 1.0E16}, {@code 1.234567890123456E15}. Python switches to exponent notation when the
 * decimal exponent is below -4 or at least 16, and writes the exponent with a sign and at least two digits.
 *
 * <p>One more difference: Java always gives two significant digits, and where a single digit would do, it may pick
 * a two-digit decimal nearer the exact value ({@code 4.9E-324} where Python writes {@code 5e-324}); such cases are
 * shortened here to the nearest one-digit decimal that still reads back to the same double.
 */
public final class PythonFloatFormat {

    private PythonFloatFormat() {
    }

    public static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(value) < 0) ? "-" : "";
        if (value == 0) {
            return sign + "0.0";
        }

        // Java's shortest round-trip digits, taken apart into digits d1d2...dn and the point position:
        // value = 0.d1d2...dn * 10^point.
        BigDecimal decimal = shortest(Math.abs(value));
        String digits = decimal.unscaledValue().toString();
        int point = digits.length() - decimal.scale();

        if (point > -4 && point <= 16) {
            return sign + positional(digits, point);
        }
        int exponent = point - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exponentDigits = Integer.toString(Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + (exponentDigits.length() < 2 ? "0" + exponentDigits : exponentDigits);
    }

    private static BigDecimal shortest(double magnitude) {
        BigDecimal javaDigits = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
        if (javaDigits.precision() != 2) {
            return javaDigits;
        }
        BigDecimal exact = new BigDecimal(magnitude);
        BigDecimal best = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal candidate = javaDigits.round(new MathContext(1, mode));
            boolean readsBack = Double.parseDouble(candidate.toString()) == magnitude;
            if (readsBack && (best == null
                    || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = candidate;
            }
        }
        return best == null ? javaDigits : best.stripTrailingZeros();
    }

    private static String positional(String digits, int point) {
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length()) + ".0";
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }
}
