package org.posescope.labels.check;

/** The kinds of problem the checks find; each {@link Problem} names one, so tools can filter without reading prose. */
public enum ProblemKind {
    /** config.yaml is absent. */
    CONFIG_MISSING,
    /** config.yaml cannot be read or understood. */
    CONFIG_UNREADABLE,
    /** A label file cannot be read; the problem carries the reader's sentence. */
    FILE_UNREADABLE,
    /** A header with blank or placeholder cells (a spreadsheet's leftovers), repaired by the reader or refused. */
    MALFORMED_HEADER,
    /** A human label file keeps its table under another HDF5 key than the df_with_missing DeepLabCut reads. */
    OTHER_DATASET_KEY,
    /** A row refers to an image that is not on disk. */
    MISSING_IMAGE,
    /** A row refers to an image file that cannot be decoded (truncated, empty, or not an image). */
    IMAGE_UNREADABLE,
    /** A label lies outside its frame's image. */
    LABEL_OUTSIDE_IMAGE,
    /** The scorer inside a human label file is not the config's scorer. */
    SCORER_MISMATCH,
    /** A bodypart in the file that config.yaml does not list. */
    BODYPART_NOT_IN_CONFIG,
    /** A bodypart config.yaml lists that the file has no columns for. */
    BODYPART_NOT_IN_FILE,
    /** An individual in the file that config.yaml does not list. */
    INDIVIDUAL_NOT_IN_CONFIG,
    /** A bodypart with no label in any frame. */
    BODYPART_NEVER_LABELED,
    /** The same row key more than once. */
    DUPLICATE_ROW,
    /** Row keys spelled with Windows back-slashes, alone or mixed with forward slashes. */
    BACKSLASH_ROW_KEYS,
    /** Rows keyed by image file name alone, without {@code labeled-data/<video>/} (written by labeling tools). */
    BARE_IMAGE_NAMES,
    /** A file whose header depth (3 or 4 levels) does not match the project's single- or multi-animal kind. */
    HEADER_DEPTH_MISMATCH,
    /** A labeled-data folder that config.yaml's video_sets does not list; DeepLabCut leaves it out of training. */
    VIDEO_NOT_IN_CONFIG,
    /**
     * The .csv beside a {@code CollectedData_<scorer>.h5} holds other labels than the .h5, or cannot be read;
     * DeepLabCut reads only the .h5, so edits made in the .csv are ignored.
     */
    CSV_TWIN_DIFFERS,
    /** A label file outside any project was checked by itself; what needs config.yaml and images was skipped. */
    PROJECT_CHECKS_SKIPPED,
    /** Something a reader had to interpret (another dataset key, a tab in config.yaml, ...). */
    NOTICE
}
