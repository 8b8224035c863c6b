package org.posescope.cli;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.posescope.cluster.ScanPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan settings the workbench's preference page stored, read from the same instance scope (the start script
 * gives headless commands the workbench's workspace), so that {@code posescope scan} starts from what the user chose.
 */
final class StoredScanPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(StoredScanPreferences.class);

    private StoredScanPreferences() {
    }

    /** The stored values by key; empty when nothing is stored or there is no workspace to read them from. */
    static Map<String, String> read() {
        Map<String, String> values = new HashMap<>();
        try {
            IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ScanPreferences.NODE);
            for (String key : node.keys()) {
                values.put(key, node.get(key, null));
            }
        } catch (BackingStoreException | IllegalStateException e) {
            // Run with -data @none, or a workspace that cannot be read: the defaults serve.
            LOG.debug("No stored scan preferences: {}", e.getMessage());
        }
        return values;
    }
}
