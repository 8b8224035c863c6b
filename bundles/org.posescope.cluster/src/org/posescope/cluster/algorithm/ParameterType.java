package org.posescope.cluster.algorithm;

/** The value type of an algorithm parameter. */
public enum ParameterType {
    INTEGER,
    DOUBLE
}
