package org.posescope.labels;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Starts a plain Java process (no OSGi) that runs a main class of this test fragment against the labels bundle
 * and every library bundle it is wired to, as resolved by the OSGi framework the tests run in.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static ProcessBuilder of(Class<?> mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath(mainClass)));
        command.add(mainClass.getName());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    /** The folders and jars of our own classes, then those of the bundles the labels bundle needs, transitively. */
    static Set<String> classpath(Class<?> mainClass) {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(codeSourceOf(mainClass));
        entries.add(codeSourceOf(LabelFiles.class));

        Bundle labels = FrameworkUtil.getBundle(LabelFiles.class);
        Set<Bundle> seen = new LinkedHashSet<>();
        Deque<Bundle> pending = new ArrayDeque<>(List.of(labels));
        while (!pending.isEmpty()) {
            Bundle bundle = pending.pop();
            if (!seen.add(bundle) || bundle.getBundleId() == 0) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                pending.push(wire.getProvider().getBundle());
            }
            if (bundle != labels) {
                jarOf(bundle).ifPresent(entries::add);
            }
        }
        return entries;
    }

    private static String codeSourceOf(Class<?> type) {
        URL location = type.getProtectionDomain().getCodeSource().getLocation();
        try {
            return Path.of(location.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The classes of " + type + " are at an unusable " + location, e);
        }
    }

    /** Library bundles are jars; the location names the file after Equinox's prefixes, as in
     * {@code initial@reference:file:/path/x.jar}. */
    private static Optional<String> jarOf(Bundle bundle) {
        String location = bundle.getLocation().replaceFirst("^.*?file:", "");
        Path file = Path.of(location);
        return Files.isRegularFile(file) ? Optional.of(file.toString()) : Optional.empty();
    }
}
