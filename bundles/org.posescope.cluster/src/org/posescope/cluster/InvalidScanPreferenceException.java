package org.posescope.cluster;

/**
 * A scan preference whose value cannot be used: its message is a sentence naming the field and what is allowed,
 * fit to show a user as it is.
 */
public final class InvalidScanPreferenceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidScanPreferenceException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The preference key whose value was refused. */
    public String key() {
        return key;
    }
}
