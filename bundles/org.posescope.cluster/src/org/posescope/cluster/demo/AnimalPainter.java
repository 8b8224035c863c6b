package org.posescope.cluster.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/** Draws a demo animal in its true pose (not its possibly wrong labels) into an off-screen image. */
final class AnimalPainter {

    private static final Color FLOOR_LIGHT = new Color(214, 208, 196);
    private static final Color FLOOR_DARK = new Color(176, 170, 160);
    private static final Color FUR = new Color(92, 74, 60);
    private static final Color EAR = new Color(200, 140, 140);

    private AnimalPainter() {
    }

    static BufferedImage paint(double[] pose, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, FLOOR_LIGHT, width, height, FLOOR_DARK));
            g.fillRect(0, 0, width, height);
            drawTail(g, pose);
            drawBody(g, pose);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawTail(Graphics2D g, double[] pose) {
        Path2D tail = new Path2D.Double();
        tail.moveTo(pose[2 * 6], pose[2 * 6 + 1]);
        tail.lineTo(pose[2 * 7], pose[2 * 7 + 1]);
        tail.lineTo(pose[2 * 8], pose[2 * 8 + 1]);
        double length = pose[2 * DemoAnimal.KEYPOINTS.size() + 3];
        g.setColor(FUR);
        g.setStroke(new BasicStroke((float) (length * 0.05), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(tail);
    }

    private static void drawBody(Graphics2D g, double[] pose) {
        int extra = 2 * DemoAnimal.KEYPOINTS.size();
        double cx = pose[extra];
        double cy = pose[extra + 1];
        double heading = pose[extra + 2];
        double length = pose[extra + 3];

        AffineTransform saved = g.getTransform();
        g.translate(cx - 0.075 * length * Math.cos(heading), cy - 0.075 * length * Math.sin(heading));
        g.rotate(heading);
        g.setColor(FUR);
        g.fill(new Ellipse2D.Double(-0.42 * length, -0.16 * length, 0.84 * length, 0.32 * length));
        g.setTransform(saved);

        double neckX = pose[2 * 3];
        double neckY = pose[2 * 3 + 1];
        double headAngle = Math.atan2(pose[1] - neckY, pose[0] - neckX);
        g.translate(neckX, neckY);
        g.rotate(headAngle);
        g.fill(new Ellipse2D.Double(-0.02 * length, -0.09 * length, 0.29 * length, 0.18 * length));
        g.setTransform(saved);

        double earRadius = 0.05 * length;
        g.setColor(EAR);
        for (int ear = 1; ear <= 2; ear++) {
            g.fill(new Ellipse2D.Double(pose[2 * ear] - earRadius, pose[2 * ear + 1] - earRadius, 2 * earRadius,
                    2 * earRadius));
        }
    }
}
