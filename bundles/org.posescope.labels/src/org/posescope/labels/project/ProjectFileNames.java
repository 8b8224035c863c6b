package org.posescope.labels.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names files in a sentence by their path within the project ({@code labeled-data/vid2/CollectedData_me.csv}), as
 * a user finds them. Every labeled video holds a {@code CollectedData_<scorer>.h5} and {@code .csv} of the same
 * name, so a bare file name does not say which video's file is meant.
 */
public final class ProjectFileNames {

    /** A bare label file name: not part of a longer path, ending in .h5 or .csv. */
    private static final Pattern BARE_LABEL_FILE = Pattern.compile(
            "(?<![\\w./\\\\-])([^\\s/\\\\,;:'\"()]+\\.(?:h5|csv))(?![\\w./\\\\-])");

    /** "x.h5: x.h5 holds": a sentence prefixed with the subject it already starts with. */
    private static final Pattern REPEATED_SUBJECT = Pattern.compile("(?<!\\S)(\\S+): \\1 ");

    private ProjectFileNames() {
    }

    /** The path of {@code file} within its project, with forward slashes; the path as given outside {@code root}. */
    public static String relative(Path root, Path file) {
        if (root == null || !file.startsWith(root)) {
            return file.toString();
        }
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * {@code sentence} about {@code file} (a label file, or an image beside the label files it names) with each
     * bare name of a file in the same folder replaced by its path within the project at {@code root}, and said once
     * where a reader's sentence was prefixed by its own subject ("a.h5: a.h5 holds ..."). Unchanged outside a
     * project.
     */
    // TODO [2026-12]: readers and file checks build their sentences from bare file names; once they name files by
    // this relative path themselves, this rewriting of finished sentences can go.
    public static String inProject(String sentence, Path file, Path root) {
        if (root == null || !file.startsWith(root)) {
            return sentence;
        }
        return naming(sentence, file, candidate -> relative(root, candidate));
    }

    /**
     * {@code sentence} about {@code file} with each bare name of a file in the same folder replaced by its whole
     * path, for messages that name every file by its whole path (scan's, which may cover several projects).
     */
    public static String withWholePath(String sentence, Path file) {
        return naming(sentence, file.toAbsolutePath().normalize(), Path::toString);
    }

    private static String naming(String sentence, Path file, Function<Path, String> pathName) {
        Path folder = Files.isDirectory(file) ? file : file.getParent();
        Matcher bare = BARE_LABEL_FILE.matcher(sentence);
        StringBuilder named = new StringBuilder();
        while (bare.find()) {
            Path candidate = folder.resolve(bare.group(1));
            String replacement = candidate.equals(file) || Files.isRegularFile(candidate)
                    ? pathName.apply(candidate) : bare.group(1);
            bare.appendReplacement(named, Matcher.quoteReplacement(replacement));
        }
        bare.appendTail(named);

        return REPEATED_SUBJECT.matcher(named).replaceAll("$1 ");
    }
}
