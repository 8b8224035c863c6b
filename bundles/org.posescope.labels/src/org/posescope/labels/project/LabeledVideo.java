package org.posescope.labels.project;

import java.nio.file.Path;
import java.util.List;

/**
 * One folder {@code labeled-data/<video>/}: the frames extracted from a video and the label files about them.
 *
 * @param name the folder name, which DeepLabCut uses as the video's name in row keys
 * @param folder the folder
 * @param images the png/jpg/jpeg files in it, sorted by name
 * @param labelFiles human label files first, then machine labels, each sorted by name
 */
public record LabeledVideo(String name, Path folder, List<Path> images, List<LabelFile> labelFiles) {

    public LabeledVideo {
        images = List.copyOf(images);
        labelFiles = List.copyOf(labelFiles);
    }

    public List<LabelFile> humanLabels() {
        return labelFiles.stream().filter(file -> file.kind() == LabelFileKind.HUMAN_LABELS).toList();
    }

    public List<LabelFile> machineLabels() {
        return labelFiles.stream().filter(file -> file.kind() == LabelFileKind.MACHINE_LABELS).toList();
    }

    /** The path of an image relative to the project, as row keys spell it: {@code labeled-data/<video>/<image>}. */
    public String imageKey(Path image) {
        return ProjectLayout.LABELED_DATA + "/" + name + "/" + image.getFileName();
    }
}
