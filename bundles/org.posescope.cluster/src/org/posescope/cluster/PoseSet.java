package org.posescope.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The poses a scan works on: samples x keypoints x (x, y), NaN where a keypoint is not labeled.
 *
 * <p>Coordinates are held in one flat array ({@code [sample][keypoint][x|y]}) so that a million frames of 22
 * keypoints fit in a few hundred megabytes. Immutable: the constructor copies nothing but the caller hands over
 * the arrays and must not touch them afterwards.
 */
public final class PoseSet {

    private final List<String> keypoints;
    private final double[] coordinates;
    private final int[] rows;
    private final String[] rowKeys;
    private final int[] individualOfSample;
    private final List<String> individuals;
    private final List<String> notes;

    /**
     * @param keypoints the keypoint names, in order
     * @param coordinates {@code samples * keypoints * 2} values, NaN for missing
     * @param rows the label-table row of each sample
     * @param rowKeys the displayed row key of each sample
     * @param individualOfSample the index into {@code individuals} of each sample
     * @param individuals the individuals ({@code [""]} for single-animal tables)
     * @param notes sentences about what the adapter left out or had to interpret
     */
    public PoseSet(List<String> keypoints, double[] coordinates, int[] rows, String[] rowKeys,
            int[] individualOfSample, List<String> individuals, List<String> notes) {
        this.keypoints = List.copyOf(keypoints);
        this.coordinates = Objects.requireNonNull(coordinates, "coordinates");
        this.rows = rows;
        this.rowKeys = rowKeys;
        this.individualOfSample = individualOfSample;
        this.individuals = List.copyOf(individuals);
        this.notes = List.copyOf(notes);

        int samples = rows.length;
        if (coordinates.length != samples * this.keypoints.size() * 2 || rowKeys.length != samples
                || individualOfSample.length != samples) {
            throw new IllegalArgumentException("inconsistent pose set: " + samples + " samples, "
                    + this.keypoints.size() + " keypoints, " + coordinates.length + " coordinates");
        }
    }

    /** A pose set of one individual from plain arrays; sample {@code i} gets row {@code i} and key "i". */
    public static PoseSet of(List<String> keypoints, double[][] xyPerSample) {
        int k = keypoints.size();
        double[] flat = new double[xyPerSample.length * k * 2];
        String[] keys = new String[xyPerSample.length];
        int[] rows = new int[xyPerSample.length];
        for (int s = 0; s < xyPerSample.length; s++) {
            System.arraycopy(xyPerSample[s], 0, flat, s * k * 2, k * 2);
            rows[s] = s;
            keys[s] = Integer.toString(s);
        }
        return new PoseSet(keypoints, flat, rows, keys, new int[rows.length], List.of(""), List.of());
    }

    public int size() {
        return rows.length;
    }

    public int keypointCount() {
        return keypoints.size();
    }

    public List<String> keypoints() {
        return keypoints;
    }

    public double x(int sample, int keypoint) {
        return coordinates[(sample * keypoints.size() + keypoint) * 2];
    }

    public double y(int sample, int keypoint) {
        return coordinates[(sample * keypoints.size() + keypoint) * 2 + 1];
    }

    public boolean isLabeled(int sample, int keypoint) {
        return !Double.isNaN(x(sample, keypoint)) && !Double.isNaN(y(sample, keypoint));
    }

    /** How many keypoints of the sample carry both coordinates. */
    public int labeledCount(int sample) {
        int count = 0;
        for (int k = 0; k < keypoints.size(); k++) {
            if (isLabeled(sample, k)) {
                count++;
            }
        }
        return count;
    }

    /** Copies one sample's coordinates into {@code out} ({@code 2 * keypointCount()} values). */
    public void copyPose(int sample, double[] out) {
        System.arraycopy(coordinates, sample * keypoints.size() * 2, out, 0, keypoints.size() * 2);
    }

    /** The label-table row a sample comes from. */
    public int row(int sample) {
        return rows[sample];
    }

    public SampleId sampleId(int sample) {
        return new SampleId(rows[sample], rowKeys[sample], individuals.get(individualOfSample[sample]));
    }

    public List<String> individuals() {
        return individuals;
    }

    /** Sentences about what the adapter left out (for example a {@code single} individual's unique bodyparts). */
    public List<String> notes() {
        return notes;
    }

    @Override
    public String toString() {
        return "PoseSet[" + size() + " samples x " + keypoints.size() + " keypoints " + Arrays.toString(
                keypoints.toArray()) + "]";
    }
}
