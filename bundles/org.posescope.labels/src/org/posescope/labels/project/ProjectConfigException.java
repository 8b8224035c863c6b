package org.posescope.labels.project;

import java.nio.file.Path;

/**
 * A {@code config.yaml} that cannot be understood: not YAML at all, or a field of the wrong shape. The message is a
 * sentence naming the file and, where known, the line.
 */
public final class ProjectConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param file the config file
     * @param line the 1-based line of the problem, or 0 when the problem concerns the whole file
     * @param problem what is wrong, as the end of a sentence ("bodyparts must be a list or MULTI!")
     * @param cause the parser's own exception, or null
     */
    public ProjectConfigException(Path file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }
}
