package org.posescope.cluster;

/** Thrown by a scan whose {@link ScanProgress#isCanceled()} turned true; nothing of the scan is kept. */
public final class ScanCanceledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScanCanceledException() {
        super("The scan was canceled.");
    }
}
