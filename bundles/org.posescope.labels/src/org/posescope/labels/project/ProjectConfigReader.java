package org.posescope.labels.project;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a config.yaml into a {@link ProjectConfig}.
 *
 * <p>The file is only composed into YAML nodes, never constructed into Java objects: Python tags such as
 * {@code !!python/tuple} then need no constructor (a tuple is a sequence like any other), scalars keep the text
 * they were written with (a bodypart {@code 10} stays "10", a date stays as typed), and every node knows its line
 * for error messages.
 */
final class ProjectConfigReader {

    private static final String MULTI_MARKER = "MULTI!";

    private final Path file;
    private final List<String> notices = new ArrayList<>();

    ProjectConfigReader(Path file) {
        this.file = file;
    }

    ProjectConfig read() throws ProjectConfigException {
        Map<String, Node> fields = topLevelFields(compose(readText()));

        List<String> bodyparts = List.of();
        boolean multiMarker = false;
        Node bodypartsNode = fields.get("bodyparts");
        if (bodypartsNode instanceof ScalarNode scalar && MULTI_MARKER.equals(scalar.getValue().strip())) {
            multiMarker = true;
        } else {
            bodyparts = stringList(bodypartsNode, "bodyparts");
        }
        boolean multiAnimal = booleanValue(fields.get("multianimalproject"), "multianimalproject") || multiMarker;

        return new ProjectConfig(file, text(fields.get("Task"), "Task"), text(fields.get("scorer"), "scorer"),
                text(fields.get("date"), "date"), multiAnimal, bodyparts,
                stringList(fields.get("individuals"), "individuals"),
                stringList(fields.get("multianimalbodyparts"), "multianimalbodyparts"),
                stringList(fields.get("uniquebodyparts"), "uniquebodyparts"), skeleton(fields.get("skeleton")),
                text(fields.get("colormap"), "colormap"), number(fields.get("dotsize"), "dotsize"),
                videoSets(fields.get("video_sets")), notices);
    }

    private String readText() throws ProjectConfigException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProjectConfigException(file, 0, "cannot be read (" + e.getMessage() + ").", e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Configs edited with Windows tools are sometimes saved in the ANSI code page.
            notices.add("config.yaml is not UTF-8; it was read as Windows-1252.");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private Node compose(String text) throws ProjectConfigException {
        try {
            return composeStrictly(text);
        } catch (MarkedYAMLException e) {
            if (!text.contains("\t")) {
                throw syntaxError(e);
            }
        } catch (YAMLException e) {
            throw new ProjectConfigException(file, 0, "is not valid YAML: " + e.getMessage(), e);
        }

        // YAML forbids tabs for indentation, but hand-edited configs have them; retry with tabs expanded.
        try {
            Node node = composeStrictly(expandTabs(text));
            notices.add("config.yaml contains tabs; they were read as spaces.");
            return node;
        } catch (MarkedYAMLException e) {
            throw syntaxError(e);
        } catch (YAMLException e) {
            throw new ProjectConfigException(file, 0, "is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static Node composeStrictly(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);

        // Tags are only looked at, never turned into objects, so Python tags (!!python/tuple) are harmless here.
        options.setTagInspector(tag -> true);
        return new Yaml(options).compose(new StringReader(text));
    }

    private ProjectConfigException syntaxError(MarkedYAMLException e) {
        int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        return new ProjectConfigException(file, line, "is not valid YAML: " + problem.strip() + ".", e);
    }

    /** Expands tabs to the next multiple of 8 columns, the width YAML error messages and most editors assume. */
    static String expandTabs(String text) {
        StringBuilder expanded = new StringBuilder(text.length() + 64);
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                int spaces = 8 - column % 8;
                expanded.append(" ".repeat(spaces));
                column += spaces;
            } else {
                expanded.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return expanded.toString();
    }

    private Map<String, Node> topLevelFields(Node root) throws ProjectConfigException {
        if (root == null) {
            throw new ProjectConfigException(file, 0, "is empty.", null);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new ProjectConfigException(file, lineOf(root), "does not hold a mapping of settings.", null);
        }
        Map<String, Node> fields = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), tuple.getValueNode());
            }
        }
        return fields;
    }

    private String text(Node node, String field) throws ProjectConfigException {
        if (node == null || isNull(node)) {
            return "";
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw shapeError(node, field + " must be a single value");
    }

    private boolean booleanValue(Node node, String field) throws ProjectConfigException {
        String value = text(node, field).strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "", "false", "no", "off", "0", "none", "null", "~":
                return false;
            case "true", "yes", "on", "1":
                return true;
            default:
                notices.add(field + " is '" + value + "' (line " + lineOf(node) + "), read as false.");
                return false;
        }
    }

    private OptionalDouble number(Node node, String field) throws ProjectConfigException {
        String value = text(node, field).strip();
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            notices.add(field + " is '" + value + "' (line " + lineOf(node) + "), not a number; it was ignored.");
            return OptionalDouble.empty();
        }
    }

    private List<String> stringList(Node node, String field) throws ProjectConfigException {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw shapeError(node, field + " must be a list");
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            values.add(text(item, "every entry of " + field));
        }
        return values;
    }

    private List<List<String>> skeleton(Node node) throws ProjectConfigException {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw shapeError(node, "skeleton must be a list of bodypart pairs");
        }
        List<List<String>> links = new ArrayList<>();
        for (Node link : sequence.getValue()) {
            if (!(link instanceof SequenceNode)) {
                throw shapeError(link, "every skeleton entry must be a list of bodyparts");
            }
            links.add(stringList(link, "skeleton"));
        }
        return links;
    }

    private List<VideoSet> videoSets(Node node) throws ProjectConfigException {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            throw shapeError(node, "video_sets must map video paths to their settings");
        }
        List<VideoSet> sets = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = text(tuple.getKeyNode(), "a video_sets key");
            String crop = "";
            if (tuple.getValueNode() instanceof MappingNode settings) {
                for (NodeTuple setting : settings.getValue()) {
                    if (setting.getKeyNode() instanceof ScalarNode name && name.getValue().equals("crop")) {
                        crop = text(setting.getValueNode(), "crop");
                    }
                }
            }
            sets.add(VideoSet.of(key, crop));
        }
        return sets;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private ProjectConfigException shapeError(Node node, String problem) {
        String found = node instanceof MappingNode ? "a mapping" : node instanceof SequenceNode ? "a list" : "a value";
        return new ProjectConfigException(file, lineOf(node), problem + ", not " + found + ".", null);
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
