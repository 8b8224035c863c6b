package org.posescope.cluster.algorithm;

import java.util.List;

/** Keeps a neighbourhood size within what a small data set allows, and says so. */
final class Clamp {

    private Clamp() {
    }

    /**
     * @return {@code value}, or {@code limit} with a message when {@code value} exceeds it
     */
    static int atMost(int value, int limit, String what, String why, List<String> messages) {
        if (value <= limit) {
            return value;
        }
        messages.add(what + " clamped from " + value + " to " + limit + ": " + why + ".");
        return limit;
    }
}
