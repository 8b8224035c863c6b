package org.posescope.labels.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What PoseScope takes from a DeepLabCut {@code config.yaml}. Fields a file leaves out are empty strings or empty
 * lists; the project root is the folder holding the file, whatever {@code project_path} says.
 *
 * @param file the config.yaml read
 * @param task {@code Task}
 * @param scorer {@code scorer}, the name human labels are stored under
 * @param date {@code date}
 * @param multiAnimal whether {@code multianimalproject} is true or {@code bodyparts} is {@code MULTI!}
 * @param bodyparts {@code bodyparts} of a single-animal project (empty for {@code MULTI!}); names stay strings even
 *        where YAML reads a number ({@code 10} is "10")
 * @param individuals {@code individuals}
 * @param multiAnimalBodyparts {@code multianimalbodyparts}
 * @param uniqueBodyparts {@code uniquebodyparts}, labeled under the individual {@code single}
 * @param skeleton {@code skeleton}, pairs (or longer chains) of bodypart names
 * @param colormap {@code colormap}
 * @param dotSize {@code dotsize}, when given as a number
 * @param videoSets {@code video_sets} in file order
 * @param notices sentences about what had to be interpreted (tabs, Python tags, unexpected values)
 */
public record ProjectConfig(Path file, String task, String scorer, String date, boolean multiAnimal,
        List<String> bodyparts, List<String> individuals, List<String> multiAnimalBodyparts,
        List<String> uniqueBodyparts, List<List<String>> skeleton, String colormap, OptionalDouble dotSize,
        List<VideoSet> videoSets, List<String> notices) {

    /** The individual DeepLabCut stores unique bodyparts under. */
    public static final String UNIQUE_INDIVIDUAL = "single";

    public ProjectConfig {
        bodyparts = List.copyOf(bodyparts);
        individuals = List.copyOf(individuals);
        multiAnimalBodyparts = List.copyOf(multiAnimalBodyparts);
        uniqueBodyparts = List.copyOf(uniqueBodyparts);
        skeleton = skeleton.stream().map(List::copyOf).toList();
        videoSets = List.copyOf(videoSets);
        notices = List.copyOf(notices);
    }

    /** Reads and interprets a config.yaml. */
    public static ProjectConfig read(Path file) throws ProjectConfigException {
        return new ProjectConfigReader(file).read();
    }

    /** The folder that holds config.yaml. */
    public Path projectRoot() {
        return file.toAbsolutePath().getParent();
    }

    /** Every bodypart a label file of this project may carry: the plain list, or multi-animal then unique ones. */
    public List<String> allBodyparts() {
        if (!multiAnimal) {
            return bodyparts;
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(multiAnimalBodyparts);
        all.addAll(uniqueBodyparts);
        return List.copyOf(all);
    }

    /**
     * The (individual, bodypart) pairs a human label file of this project should have, in the order DeepLabCut
     * writes them: every individual with the multi-animal bodyparts, then {@code single} with the unique ones. A
     * single-animal project has the empty string as its one individual.
     */
    public List<Keypoint> expectedKeypoints() {
        List<Keypoint> expected = new ArrayList<>();
        if (!multiAnimal) {
            bodyparts.forEach(bodypart -> expected.add(new Keypoint("", bodypart)));
            return expected;
        }
        for (String individual : individuals) {
            multiAnimalBodyparts.forEach(bodypart -> expected.add(new Keypoint(individual, bodypart)));
        }
        uniqueBodyparts.forEach(bodypart -> expected.add(new Keypoint(UNIQUE_INDIVIDUAL, bodypart)));
        return expected;
    }

    /** The labeled-data folder names of the videos listed, without placeholders, in file order. */
    public List<String> videoFolderNames() {
        return videoSets.stream().filter(set -> !set.isPlaceholder()).map(VideoSet::folderName).distinct().toList();
    }

    /** One bodypart of one individual; the individual is the empty string in single-animal projects. */
    public record Keypoint(String individual, String bodypart) {
    }
}
