package org.posescope.cluster;

/**
 * How a scan reports progress and learns that it should stop; the Eclipse Job and the command line each adapt
 * their own monitor to it. Calls come from the scanning thread only.
 */
public interface ScanProgress {

    /** Reports nothing and never cancels. */
    ScanProgress NONE = new ScanProgress() {
        @Override
        public void worked(String task, double fractionDone) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /**
     * @param task what the scan is doing now, as a short phrase ("aligning poses")
     * @param fractionDone how much of the whole scan is done, from 0 to 1
     */
    void worked(String task, double fractionDone);

    boolean isCanceled();
}
