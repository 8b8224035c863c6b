package org.posescope.labels.check;

/**
 * How much a problem matters.
 *
 * <p>The rule: an {@link #ERROR} means DeepLabCut (or PoseScope) cannot use the data as it is: a file that cannot be
 * read, labels on an image that is not there, a project without a usable config. A {@link #WARNING} means the data
 * can be used but something is likely wrong or will be changed by a save: a scorer or bodyparts that differ from the
 * config, repeated rows, Windows paths, bodyparts never labeled. {@link #INFO} records how a file was interpreted and
 * never changes the exit status.
 */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
