package org.posescope.cluster.demo;

import java.util.List;
import java.util.Random;

/**
 * A simple four-legged animal seen from above, as the demo project draws and labels it: a body with two flanks,
 * a head that turns at the neck, two ears and a tail that bends. Poses vary in place, heading, size, head turn and
 * tail bend.
 */
final class DemoAnimal {

    static final List<String> KEYPOINTS = List.of("nose", "leftear", "rightear", "neck", "leftflank", "rightflank",
            "tailbase", "tailmid", "tailtip");

    private DemoAnimal() {
    }

    /**
     * One pose, {@code x, y} per keypoint in image pixels (y down), plus the drawing parameters at the end:
     * centre x, centre y, heading, body length, head turn.
     */
    static double[] randomPose(Random random, int width, int height) {
        double length = 55 + 25 * random.nextDouble();
        double heading = 2 * Math.PI * random.nextDouble();
        double headTurn = Math.toRadians(-30 + 60 * random.nextDouble());
        double tailBend = Math.toRadians(-50 + 100 * random.nextDouble());
        double margin = length * 0.9;
        double cx = margin + (width - 2 * margin) * random.nextDouble();
        double cy = margin + (height - 2 * margin) * random.nextDouble();

        // Body frame: x forward along the spine, y to the animal's left.
        double[][] body = new double[KEYPOINTS.size()][];
        double neckX = 0.30 * length;
        body[3] = new double[] {neckX, 0};
        body[0] = turnAbout(neckX, 0.25 * length, 0, headTurn);
        body[1] = turnAbout(neckX, 0.09 * length, 0.10 * length, headTurn);
        body[2] = turnAbout(neckX, 0.09 * length, -0.10 * length, headTurn);
        body[4] = new double[] {0, 0.15 * length};
        body[5] = new double[] {0, -0.15 * length};
        body[6] = new double[] {-0.45 * length, 0};
        double segment = 0.25 * length;
        body[7] = new double[] {body[6][0] - segment * Math.cos(tailBend / 2), segment * Math.sin(tailBend / 2)};
        body[8] = new double[] {body[7][0] - segment * Math.cos(tailBend), body[7][1] + segment * Math.sin(tailBend)};

        double[] pose = new double[2 * KEYPOINTS.size() + 5];
        double cos = Math.cos(heading);
        double sin = Math.sin(heading);
        for (int j = 0; j < body.length; j++) {
            // One rotation for every pose keeps the sides consistent from frame to frame.
            pose[2 * j] = cx + cos * body[j][0] - sin * body[j][1];
            pose[2 * j + 1] = cy + sin * body[j][0] + cos * body[j][1];
        }
        int extra = 2 * KEYPOINTS.size();
        pose[extra] = cx;
        pose[extra + 1] = cy;
        pose[extra + 2] = heading;
        pose[extra + 3] = length;
        pose[extra + 4] = headTurn;
        return pose;
    }

    /** A head point {@code (dx, dy)} from the neck, turned by {@code angle} about the neck. */
    private static double[] turnAbout(double neckX, double dx, double dy, double angle) {
        return new double[] {neckX + dx * Math.cos(angle) - dy * Math.sin(angle),
                dx * Math.sin(angle) + dy * Math.cos(angle)};
    }
}
