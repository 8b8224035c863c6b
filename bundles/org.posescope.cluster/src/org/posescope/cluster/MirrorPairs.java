package org.posescope.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs of keypoints that are mirror images of each other (left ear and right ear), so that a scan can tell a
 * left/right swap from a misplaced keypoint. Immutable; {@link #with} and {@link #without} give edited copies.
 *
 * <p>{@link #detect} finds pairs from names: {@code left}/{@code right} anywhere in a name in any case
 * ({@code leftear}, {@code Ear_Right}), and a lone {@code L}/{@code R} (or {@code l}/{@code r}) that stands as a
 * word of its own: after or before {@code _ - . space} ({@code ear_l}, {@code L_paw}), or in capitals after a
 * lower-case letter ({@code earL}). A name pairs with another only when swapping that side marker gives exactly
 * the other name.
 */
public final class MirrorPairs {

    /** One pair; {@code left} and {@code right} are keypoint names. */
    public record Pair(String left, String right) {

        public Pair {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            if (left.equals(right)) {
                throw new IllegalArgumentException("a keypoint cannot mirror itself: " + left);
            }
        }

        public boolean contains(String keypoint) {
            return left.equals(keypoint) || right.equals(keypoint);
        }

        @Override
        public String toString() {
            return left + "/" + right;
        }
    }

    private static final MirrorPairs NONE = new MirrorPairs(List.of());

    private static final Pattern SIDE_WORD = Pattern.compile("(?i)left|right");
    private static final Pattern SIDE_LETTER = Pattern.compile(
            "(?<=^|[_\\-. ])[LlRr](?=$|[_\\-. ])|(?<=[a-z0-9])[LR](?=$|[_\\-. ]|[A-Z0-9])|^[LR](?=[A-Z])");

    private final List<Pair> pairs;

    private MirrorPairs(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public static MirrorPairs none() {
        return NONE;
    }

    public static MirrorPairs of(Collection<Pair> pairs) {
        return new MirrorPairs(new ArrayList<>(new LinkedHashSet<>(pairs)));
    }

    /** The pairs whose names mark them as left and right of one another, in keypoint order of the left side. */
    public static MirrorPairs detect(List<String> keypoints) {
        Set<String> names = Set.copyOf(keypoints);
        Set<String> paired = new LinkedHashSet<>();
        List<Pair> found = new ArrayList<>();
        for (String name : keypoints) {
            if (paired.contains(name)) {
                continue;
            }
            for (String candidate : mirroredNames(name)) {
                if (names.contains(candidate) && !paired.contains(candidate) && !candidate.equals(name)) {
                    boolean nameIsLeft = isLeftSide(name, candidate);
                    found.add(nameIsLeft ? new Pair(name, candidate) : new Pair(candidate, name));
                    paired.add(name);
                    paired.add(candidate);
                    break;
                }
            }
        }
        return new MirrorPairs(found);
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }

    /** A copy with one more pair; a pair already holding either keypoint is replaced. */
    public MirrorPairs with(String left, String right) {
        List<Pair> edited = new ArrayList<>();
        for (Pair pair : pairs) {
            if (!pair.contains(left) && !pair.contains(right)) {
                edited.add(pair);
            }
        }
        edited.add(new Pair(left, right));
        return new MirrorPairs(edited);
    }

    /** A copy without the pair that holds the keypoint. */
    public MirrorPairs without(String keypoint) {
        return new MirrorPairs(pairs.stream().filter(pair -> !pair.contains(keypoint)).toList());
    }

    /** The pairs both of whose keypoints are in the list, as index pairs into it. */
    public List<int[]> indicesIn(List<String> keypoints) {
        List<int[]> indices = new ArrayList<>();
        for (Pair pair : pairs) {
            int left = keypoints.indexOf(pair.left());
            int right = keypoints.indexOf(pair.right());
            if (left >= 0 && right >= 0) {
                indices.add(new int[] {left, right});
            }
        }
        return indices;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MirrorPairs that && pairs.equals(that.pairs);
    }

    @Override
    public int hashCode() {
        return pairs.hashCode();
    }

    @Override
    public String toString() {
        return pairs.toString();
    }

    /** Every name obtained by swapping one side marker of {@code name}. */
    private static List<String> mirroredNames(String name) {
        List<String> result = new ArrayList<>();
        Matcher words = SIDE_WORD.matcher(name);
        while (words.find()) {
            result.add(name.substring(0, words.start()) + swapWord(words.group()) + name.substring(words.end()));
        }
        Matcher letters = SIDE_LETTER.matcher(name);
        while (letters.find()) {
            result.add(name.substring(0, letters.start()) + swapLetter(letters.group().charAt(0))
                    + name.substring(letters.end()));
        }
        return result;
    }

    private static String swapWord(String word) {
        boolean left = word.toLowerCase(Locale.ROOT).equals("left");
        String target = left ? "right" : "left";
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return target.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return Character.toUpperCase(target.charAt(0)) + target.substring(1);
        }
        return target;
    }

    private static char swapLetter(char letter) {
        return switch (letter) {
            case 'L' -> 'R';
            case 'R' -> 'L';
            case 'l' -> 'r';
            default -> 'l';
        };
    }

    /** Whether {@code name} is the left one of the two: the first position where they differ reads l/L. */
    private static boolean isLeftSide(String name, String mirrored) {
        for (int i = 0; i < Math.min(name.length(), mirrored.length()); i++) {
            if (name.charAt(i) != mirrored.charAt(i)) {
                return Character.toLowerCase(name.charAt(i)) == 'l';
            }
        }
        return true;
    }
}
