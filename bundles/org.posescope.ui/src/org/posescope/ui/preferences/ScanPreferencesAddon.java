package org.posescope.ui.preferences;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.posescope.ui.scan.ScanService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Puts the {@link ScanSettingsStore} into the application context at start and hands the stored settings to the
 * {@link ScanService}, whenever that appears there, so the first scan after a restart uses them.
 */
public final class ScanPreferencesAddon {

    private final ScanSettingsStore store = ScanSettingsStore.instanceScope();

    @PostConstruct
    void start(IEclipseContext application) {
        application.set(ScanSettingsStore.class, store);
    }

    @Inject
    void scanServiceAvailable(@Optional ScanService scans) {
        if (scans != null) {
            applyTo(store, scans);
        }
    }

    /** Makes the service scan with the stored settings, each project with its own mirror pairs. */
    static void applyTo(ScanSettingsStore store, ScanService scans) {
        scans.setSettings(store.settings());
        scans.setProjectSettings((project, general) -> store.withProjectPairs(general, project.root()));
    }
}
