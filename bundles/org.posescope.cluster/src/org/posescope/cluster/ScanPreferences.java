package org.posescope.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.posescope.cluster.algorithm.AlgorithmDescriptor;
import org.posescope.cluster.algorithm.AlgorithmParameters;
import org.posescope.cluster.algorithm.Algorithms;
import org.posescope.cluster.algorithm.ParameterDescriptor;
import org.posescope.cluster.algorithm.ParameterType;

/**
 * The one mapping between {@link ScanSettings} and preference keys with text values, shared by the workbench's
 * preference page (which keeps them in the instance scope node {@value #NODE}) and {@code posescope scan} (which
 * reads the same file and lets its flags override single keys).
 *
 * <p>Keys: {@value #ALGORITHM} (an algorithm id), {@code <algorithm id>.<parameter name>} for every parameter of
 * every algorithm (so switching back finds earlier values), {@value #FEATURES} (a {@link FeatureKind} name),
 * {@value #MIN_LABELED_KEYPOINTS}, and {@code mirrorPairs.<encoded project root>} per project. A missing key means
 * the default; a missing mirror-pairs key means the pairs are detected from the bodypart names.
 */
public final class ScanPreferences {

    /** The preference node, named after the engine bundle. */
    public static final String NODE = "org.posescope.cluster";

    public static final String ALGORITHM = "algorithm";
    public static final String FEATURES = "features";
    public static final String MIN_LABELED_KEYPOINTS = "minLabeledKeypoints";
    public static final String MIRROR_PAIRS_PREFIX = "mirrorPairs.";

    /** The minimum labeled keypoints described like an algorithm parameter, so forms and checks treat it alike. */
    public static final ParameterDescriptor MIN_LABELED_KEYPOINTS_PARAMETER = ParameterDescriptor.integer(
            MIN_LABELED_KEYPOINTS, "Minimum labeled keypoints", ScanSettings.DEFAULT_MIN_LABELED_KEYPOINTS, 2, 1000,
            "A pose with fewer labeled keypoints is listed last instead of being compared with the others.");

    private ScanPreferences() {
    }

    public static String parameterKey(String algorithmId, String parameterName) {
        return algorithmId + "." + parameterName;
    }

    /** The key of a project's mirror pairs; the root is encoded because a '/' in a key would mean a child node. */
    public static String mirrorPairsKey(Path projectRoot) {
        String root = projectRoot.toAbsolutePath().normalize().toString();
        return MIRROR_PAIRS_PREFIX + URLEncoder.encode(root, StandardCharsets.UTF_8);
    }

    /** Every key at its default: the default algorithm, every algorithm's parameter defaults, the features. */
    public static Map<String, String> defaults() {
        Map<String, String> values = new LinkedHashMap<>(toMap(ScanSettings.defaults(), null));
        for (AlgorithmDescriptor algorithm : Algorithms.descriptors()) {
            for (ParameterDescriptor parameter : algorithm.parameters()) {
                values.putIfAbsent(parameterKey(algorithm.id(), parameter.name()),
                        format(parameter, parameter.defaultValue()));
            }
        }
        return values;
    }

    /** The settings as preference values; the mirror pairs only when they are set and a project is named. */
    public static Map<String, String> toMap(ScanSettings settings, Path projectRoot) {
        Map<String, String> values = new LinkedHashMap<>();
        AlgorithmParameters algorithm = settings.algorithm();
        values.put(ALGORITHM, algorithm.descriptor().id());
        for (ParameterDescriptor parameter : algorithm.descriptor().parameters()) {
            values.put(parameterKey(algorithm.descriptor().id(), parameter.name()),
                    format(parameter, algorithm.doubleValue(parameter.name())));
        }
        values.put(FEATURES, settings.features().name());
        values.put(MIN_LABELED_KEYPOINTS, Integer.toString(settings.minLabeledKeypoints()));
        if (projectRoot != null && settings.mirrorPairs() != null) {
            values.put(mirrorPairsKey(projectRoot), formatMirrorPairs(settings.mirrorPairs()));
        }
        return values;
    }

    /** The settings the values describe, without project-specific mirror pairs (they are detected). */
    public static ScanSettings fromMap(Map<String, String> values) {
        return fromMap(values, null);
    }

    /**
     * The settings the values describe: missing keys take their defaults, unknown keys are ignored.
     *
     * @param projectRoot the project whose mirror pairs to use, or null to detect them from names
     * @throws InvalidScanPreferenceException naming the first field whose value is not allowed
     */
    public static ScanSettings fromMap(Map<String, String> values, Path projectRoot) {
        AlgorithmDescriptor algorithm = algorithm(values.getOrDefault(ALGORITHM,
                Algorithms.byDefault().descriptor().id()));
        AlgorithmParameters parameters = algorithm.defaults();
        for (ParameterDescriptor parameter : algorithm.parameters()) {
            String key = parameterKey(algorithm.id(), parameter.name());
            String text = values.get(key);
            if (text != null) {
                parameters = parameters.with(parameter.name(), number(key, parameter, text));
            }
        }

        ScanSettings settings = ScanSettings.defaults().withAlgorithm(parameters);
        if (values.containsKey(FEATURES)) {
            settings = settings.withFeatures(features(values.get(FEATURES)));
        }
        String minimum = values.get(MIN_LABELED_KEYPOINTS);
        if (minimum != null) {
            settings = settings.withMinLabeledKeypoints(
                    (int) number(MIN_LABELED_KEYPOINTS, MIN_LABELED_KEYPOINTS_PARAMETER, minimum));
        }
        if (projectRoot != null && values.containsKey(mirrorPairsKey(projectRoot))) {
            settings = settings.withMirrorPairs(parseMirrorPairs(values.get(mirrorPairsKey(projectRoot)), List.of()));
        }
        return settings;
    }

    /** Why the value cannot be stored under the key, or empty when it can; mirror pairs are checked for form. */
    public static Optional<String> problem(String key, String value) {
        try {
            if (key.startsWith(MIRROR_PAIRS_PREFIX)) {
                parseMirrorPairs(value, List.of());
            } else {
                Map<String, String> values = new LinkedHashMap<>();
                values.put(ALGORITHM, algorithmOfKey(key, value));
                values.put(key, value);
                fromMap(values);
            }
            return Optional.empty();
        } catch (InvalidScanPreferenceException e) {
            return Optional.of(e.getMessage());
        }
    }

    public static AlgorithmDescriptor algorithm(String id) {
        return Algorithms.byId(id).map(algorithm -> algorithm.descriptor())
                .orElseThrow(() -> new InvalidScanPreferenceException(ALGORITHM, "The algorithm '" + id
                        + "' is not known; choose one of " + String.join(", ", algorithmIds()) + "."));
    }

    /** A feature kind by its name, in any case and with '-' for '_' ({@code aligned-mirror}). */
    public static FeatureKind features(String name) {
        String normal = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (FeatureKind kind : FeatureKind.values()) {
            if (kind.name().equals(normal)) {
                return kind;
            }
        }
        List<String> names = new ArrayList<>();
        for (FeatureKind kind : FeatureKind.values()) {
            names.add(kind.name());
        }
        throw new InvalidScanPreferenceException(FEATURES, "The features '" + name + "' are not known; choose one"
                + " of " + String.join(", ", names) + ".");
    }

    /**
     * The value of a parameter typed as text.
     *
     * @throws InvalidScanPreferenceException naming the parameter and its allowed range
     */
    public static double number(String key, ParameterDescriptor parameter, String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!parameter.accepts(value)) {
            throw new InvalidScanPreferenceException(key, parameter.displayName() + " (" + key + ") must be "
                    + (parameter.type() == ParameterType.INTEGER ? "a whole number" : "a number") + " from "
                    + format(parameter, parameter.min()) + " to " + format(parameter, parameter.max()) + ", not '"
                    + text.trim() + "'.");
        }
        return value;
    }

    /** A value as it is stored and shown: whole numbers without a fraction, others in plain decimals. */
    public static String format(ParameterDescriptor parameter, double value) {
        if (parameter.type() == ParameterType.INTEGER) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Mirror pairs as {@code left/right} entries separated by commas, as a user edits them. */
    public static String formatMirrorPairs(MirrorPairs pairs) {
        List<String> entries = new ArrayList<>();
        for (MirrorPairs.Pair pair : pairs.pairs()) {
            entries.add(pair.left() + "/" + pair.right());
        }
        return String.join(", ", entries);
    }

    /**
     * Mirror pairs from {@code left/right} entries separated by commas or new lines; blank text means no pairs.
     *
     * @param keypoints the project's bodyparts every name must be one of, or empty to accept any name
     * @throws InvalidScanPreferenceException naming the entry that is malformed, unknown or repeated
     */
    public static MirrorPairs parseMirrorPairs(String text, List<String> keypoints) {
        List<MirrorPairs.Pair> pairs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String entry : text.split("[,;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] sides = entry.split("/", -1);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw mirrorProblem("Mirror pairs: write '" + entry.trim() + "' as left/right, for example"
                        + " leftear/rightear.");
            }
            String left = sides[0].trim();
            String right = sides[1].trim();
            for (String name : List.of(left, right)) {
                if (!keypoints.isEmpty() && !keypoints.contains(name)) {
                    throw mirrorProblem("Mirror pairs: '" + name + "' is not a bodypart ("
                            + String.join(", ", keypoints) + ").");
                }
                if (!used.add(name)) {
                    throw mirrorProblem("Mirror pairs: '" + name + "' appears twice; a bodypart has one mirror image.");
                }
            }
            pairs.add(new MirrorPairs.Pair(left, right));
        }
        return MirrorPairs.of(pairs);
    }

    /**
     * Where the workbench keeps these preferences under its instance area ({@code POSESCOPE_HOME/workspace}).
     */
    public static Path preferenceFile(Path instanceArea) {
        return instanceArea.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/" + NODE + ".prefs");
    }

    /**
     * The values stored in a preference file written by the workbench; none when there is no file yet.
     *
     * @throws IOException with a sentence naming the file, when it exists but cannot be read
     */
    public static Map<String, String> read(Path preferenceFile) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(preferenceFile)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("The scan preferences in " + preferenceFile + " cannot be read: " + e.getMessage(),
                    e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }

    private static String algorithmOfKey(String key, String value) {
        if (key.equals(ALGORITHM)) {
            return value;
        }
        int dot = key.indexOf('.');
        return dot > 0 ? key.substring(0, dot) : Algorithms.byDefault().descriptor().id();
    }

    private static List<String> algorithmIds() {
        return Algorithms.descriptors().stream().map(AlgorithmDescriptor::id).toList();
    }

    private static InvalidScanPreferenceException mirrorProblem(String message) {
        return new InvalidScanPreferenceException(MIRROR_PAIRS_PREFIX, message);
    }
}
