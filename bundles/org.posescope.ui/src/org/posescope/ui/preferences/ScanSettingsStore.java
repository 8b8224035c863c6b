package org.posescope.ui.preferences;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.posescope.cluster.InvalidScanPreferenceException;
import org.posescope.cluster.ScanPreferences;
import org.posescope.cluster.ScanSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan settings as the workbench keeps them: the keys of {@link ScanPreferences} in a preference node, by
 * default the instance scope's {@value ScanPreferences#NODE}, so they survive a restart and {@code posescope scan}
 * reads the same file. A key at its default is removed rather than stored, so that a better default in a later
 * version reaches users who never changed it.
 */
public final class ScanSettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(ScanSettingsStore.class);

    private final IEclipsePreferences node;

    public ScanSettingsStore(IEclipsePreferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The store in the instance scope, the one the workbench uses. */
    public static ScanSettingsStore instanceScope() {
        return new ScanSettingsStore(InstanceScope.INSTANCE.getNode(ScanPreferences.NODE));
    }

    /** Every value stored, without defaults filled in. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String key : node.keys()) {
                values.put(key, node.get(key, ""));
            }
        } catch (BackingStoreException e) {
            LOG.warn("The scan preferences could not be listed, so the defaults are used: {}", e.getMessage());
        }
        return values;
    }

    /** The stored value, or the default when none is stored; null for a key without a default. */
    public String value(String key) {
        return node.get(key, ScanPreferences.defaults().get(key));
    }

    /** The settings stored, with mirror pairs detected from names. */
    public ScanSettings settings() {
        return settings(null);
    }

    /**
     * The settings stored, with the mirror pairs stored for the project (detected from names when it has none).
     * A stored value that is no longer allowed (a range narrowed by an update) falls back to the defaults.
     *
     * @param projectRoot the project's folder, or null for settings without project-specific pairs
     */
    public ScanSettings settings(Path projectRoot) {
        try {
            return ScanPreferences.fromMap(values(), projectRoot);
        } catch (InvalidScanPreferenceException e) {
            LOG.warn("A stored scan preference is not allowed, so the defaults are used: {}", e.getMessage());
            return ScanSettings.defaults();
        }
    }

    /** The given settings with the mirror pairs stored for the project, if the user set any. */
    public ScanSettings withProjectPairs(ScanSettings settings, Path projectRoot) {
        String pairs = node.get(ScanPreferences.mirrorPairsKey(projectRoot), null);
        if (pairs == null) {
            return settings;
        }
        try {
            return settings.withMirrorPairs(ScanPreferences.parseMirrorPairs(pairs, List.of()));
        } catch (InvalidScanPreferenceException e) {
            LOG.warn("The mirror pairs stored for {} are not readable, so they are detected: {}", projectRoot,
                    e.getMessage());
            return settings;
        }
    }

    /**
     * Stores the values and writes them to disk. A value equal to its default, or null, removes the key.
     *
     * @return whether any stored value changed
     * @throws BackingStoreException when the preference file cannot be written
     */
    public boolean store(Map<String, String> changes) throws BackingStoreException {
        Map<String, String> defaults = ScanPreferences.defaults();
        boolean changed = false;
        for (Map.Entry<String, String> change : changes.entrySet()) {
            String key = change.getKey();
            String before = node.get(key, null);
            String after = Objects.equals(change.getValue(), defaults.get(key)) ? null : change.getValue();
            if (Objects.equals(before, after)) {
                continue;
            }
            if (after == null) {
                node.remove(key);
            } else {
                node.put(key, after);
            }
            changed = true;
        }
        if (changed) {
            node.flush();
        }
        return changed;
    }
}
