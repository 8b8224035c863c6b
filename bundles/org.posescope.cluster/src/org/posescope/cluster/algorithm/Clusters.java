package org.posescope.cluster.algorithm;

import java.util.Arrays;

import elki.data.Clustering;
import elki.data.model.Model;
import elki.database.ids.DBIDIter;

/** Reads an ELKI clustering into cluster numbers per point: 0, 1, ... in ELKI's order, -1 for noise. */
final class Clusters {

    private Clusters() {
    }

    static int[] numbers(Clustering<? extends Model> clustering, ElkiPoints points) {
        int[] numbers = new int[points.size()];
        Arrays.fill(numbers, -1);
        int next = 0;
        for (var cluster : clustering.getAllClusters()) {
            int number = cluster.isNoise() ? -1 : next++;
            for (DBIDIter it = cluster.getIDs().iter(); it.valid(); it.advance()) {
                numbers[points.offset(it)] = number;
            }
        }
        return numbers;
    }
}
