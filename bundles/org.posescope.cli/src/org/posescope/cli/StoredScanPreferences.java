package org.posescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.posescope.cluster.ScanPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan settings the workbench's preference page stored, read from its preference file, so that
 * {@code posescope scan} starts from what the user chose. The start script names the workbench's workspace in the
 * system property {@value #WORKSPACE_PROPERTY}.
 */
final class StoredScanPreferences {

    /** The workbench's workspace (its instance area), where the preference file lives. */
    static final String WORKSPACE_PROPERTY = "posescope.workspace";

    private static final Logger LOG = LoggerFactory.getLogger(StoredScanPreferences.class);

    private StoredScanPreferences() {
    }

    /** The stored values by key; empty when no workspace is named, nothing is stored or the file is unreadable. */
    static Map<String, String> read() {
        String workspace = System.getProperty(WORKSPACE_PROPERTY);
        if (workspace == null || workspace.isBlank()) {
            return Map.of();
        }
        Path file = ScanPreferences.preferenceFile(Path.of(workspace));
        if (!Files.isRegularFile(file)) {
            // Nothing stored yet, or no workspace at all (the state folder could not be made).
            return Map.of();
        }
        try {
            return ScanPreferences.read(file);
        } catch (IOException e) {
            // A damaged preference file must not stop a batch: say so, and scan with the defaults and the flags.
            LOG.warn("{} The defaults are used instead.", e.getMessage());
            return Map.of();
        }
    }
}
