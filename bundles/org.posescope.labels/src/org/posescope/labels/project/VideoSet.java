package org.posescope.labels.project;

/**
 * One entry of {@code video_sets} in config.yaml.
 *
 * <p>The key is a path on the machine that created the project (often Windows or another user's home), or
 * placeholder text in DeepLabCut's examples; only its file name without extension matters here, because that is the
 * name of the video's folder under {@code labeled-data/}.
 *
 * @param key the key as written in config.yaml
 * @param folderName the labeled-data folder name ({@code vid1} for {@code C:\proj\videos\vid1.avi}), or the empty
 *        string when the key is placeholder text rather than a path
 * @param crop the {@code crop} value as written ({@code "0, 640, 0, 480"}), or the empty string
 */
public record VideoSet(String key, String folderName, String crop) {

    /** Maps a video_sets key to its video folder name, whatever system wrote the path. */
    public static VideoSet of(String key, String crop) {
        return new VideoSet(key, folderNameOf(key), crop == null ? "" : crop);
    }

    public boolean isPlaceholder() {
        return folderName.isEmpty();
    }

    static String folderNameOf(String key) {
        String trimmed = key.strip();
        int separator = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        String fileName = trimmed.substring(separator + 1);
        int dot = fileName.lastIndexOf('.');

        // Text such as "WILL BE AUTOMATICALLY UPDATED BY DEMO CODE" names no file: no folder, no extension.
        boolean looksLikePlaceholder = separator < 0 && dot <= 0 && fileName.chars().anyMatch(Character::isWhitespace);
        if (looksLikePlaceholder || fileName.isEmpty()) {
            return "";
        }
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
