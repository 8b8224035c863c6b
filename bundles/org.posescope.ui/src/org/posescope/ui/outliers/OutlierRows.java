package org.posescope.ui.outliers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.posescope.cluster.SampleResult;
import org.posescope.cluster.ScanResult;

/**
 * The rows the outlier list shows, as an array of sample indices: all samples of a scan (or only those picked in
 * the cluster view), kept where the filter text occurs in frame, individual or reason, ordered by a column. The
 * table asks for row {@code i} and gets sample {@link #sampleAt(int)}; nothing per row exists until it is shown.
 */
final class OutlierRows {

    private static final String LABELED_DATA = "labeled-data/";

    private final ScanResult result;
    private final int[] rank;
    private final double[] score;
    private final int[] cluster;
    private final String[] frame;
    private final String[] individual;
    private final String[] reason;
    private final String[] searchText;
    private final boolean[] flagged;

    private int[] base;
    private String filter = "";
    private OutlierColumn sortColumn = OutlierColumn.RANK;
    private boolean ascending = true;
    private int[] shown;
    private int[] rowOfSample;

    OutlierRows(ScanResult result) {
        this.result = result;
        int size = result.size();
        rank = new int[size];
        score = new double[size];
        cluster = new int[size];
        frame = new String[size];
        individual = new String[size];
        reason = new String[size];
        searchText = new String[size];
        flagged = new boolean[size];
        for (int s = 0; s < size; s++) {
            SampleResult sample = result.sample(s);
            rank[s] = sample.rank();
            score[s] = sample.score();
            cluster[s] = sample.cluster();
            frame[s] = shortFrame(sample.id().rowKey());
            individual[s] = sample.id().individual();
            reason[s] = sample.reason();
            flagged[s] = sample.flagged();
            searchText[s] = (frame[s] + '\n' + individual[s] + '\n' + reason[s]).toLowerCase(Locale.ROOT);
        }
        base = null;
        update();
    }

    ScanResult result() {
        return result;
    }

    /** Shows only these samples (picked in the cluster view); null shows all. */
    void restrictTo(int[] samples) {
        base = samples;
        update();
    }

    boolean isRestricted() {
        return base != null;
    }

    /** Keeps rows whose frame, individual or reason contains {@code text}, ignoring case. */
    void filter(String text) {
        filter = text.strip().toLowerCase(Locale.ROOT);
        update();
    }

    void sortBy(OutlierColumn column, boolean sortAscending) {
        sortColumn = column;
        ascending = sortAscending;
        update();
    }

    OutlierColumn sortColumn() {
        return sortColumn;
    }

    boolean ascending() {
        return ascending;
    }

    int size() {
        return shown.length;
    }

    int sampleAt(int row) {
        return shown[row];
    }

    /** The row showing a sample, or -1 when the filter hides it. */
    int rowOf(int sample) {
        return sample >= 0 && sample < rowOfSample.length ? rowOfSample[sample] : -1;
    }

    String text(int sample, OutlierColumn column) {
        return switch (column) {
            case RANK -> Integer.toString(rank[sample]);
            case FRAME -> frame[sample];
            case INDIVIDUAL -> individual[sample];
            case SCORE -> String.format(Locale.ROOT, "%.2f", score[sample]);
            case CLUSTER -> Integer.toString(cluster[sample]);
            case REASON -> reason[sample];
        };
    }

    boolean isFlagged(int sample) {
        return flagged[sample];
    }

    private void update() {
        int[] candidates = base != null ? base : identity(result.size());
        int[] kept = filter.isEmpty() ? candidates.clone()
                : Arrays.stream(candidates).filter(s -> searchText[s].contains(filter)).toArray();
        shown = sorted(kept);
        rowOfSample = new int[result.size()];
        Arrays.fill(rowOfSample, -1);
        for (int row = 0; row < shown.length; row++) {
            rowOfSample[shown[row]] = row;
        }
    }

    private int[] sorted(int[] samples) {
        Comparator<Integer> order = switch (sortColumn) {
            case RANK -> Comparator.comparingInt(s -> rank[s]);
            case FRAME -> Comparator.<Integer, String>comparing(s -> frame[s]).thenComparingInt(s -> rank[s]);
            case INDIVIDUAL -> Comparator.<Integer, String>comparing(s -> individual[s])
                    .thenComparingInt(s -> rank[s]);
            case SCORE -> Comparator.<Integer>comparingDouble(s -> score[s]).thenComparingInt(s -> -rank[s]);
            case CLUSTER -> Comparator.<Integer>comparingInt(s -> cluster[s]).thenComparingInt(s -> rank[s]);
            case REASON -> Comparator.<Integer, String>comparing(s -> reason[s]).thenComparingInt(s -> rank[s]);
        };
        if (!ascending) {
            order = order.reversed();
        }
        return Arrays.stream(samples).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
    }

    /** Every image key starts with {@code labeled-data/}; the column is narrow, so it is left out. */
    private static String shortFrame(String rowKey) {
        return rowKey.startsWith(LABELED_DATA) ? rowKey.substring(LABELED_DATA.length()) : rowKey;
    }

    private static int[] identity(int size) {
        int[] all = new int[size];
        Arrays.setAll(all, i -> i);
        return all;
    }
}
