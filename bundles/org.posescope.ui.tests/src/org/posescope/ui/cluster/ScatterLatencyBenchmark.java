package org.posescope.ui.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.posescope.cluster.SampleResult;
import org.posescope.labels.project.Project;
import org.posescope.ui.edit.LabelDocuments;
import org.posescope.ui.frame.FrameViewProbe;
import org.posescope.ui.scan.DisplaySync;
import org.posescope.ui.scan.OpenfieldScan;
import org.posescope.ui.scan.PartsFixture;
import org.posescope.ui.workbench.OpenProjects;
import org.posescope.ui.workbench.PoseScopeEvents;
import org.posescope.ui.workbench.SampleSelection;
import org.posescope.ui.workbench.ScanOutcome;
import org.posescope.ui.workbench.WorkbenchProbe;

/**
 * Not a test: measures the cluster view's redraw with the points of a 100,000-frame scan, and the latency from a
 * click on a point to the selection being posted and to the frame view's repaint. Run by
 * {@code benchmarks/cluster-view.sh}, which makes the 100,000-frame project and passes it in
 * {@code POSESCOPE_BENCH_PROJECT}; figures go to {@code POSESCOPE_BENCH_OUT} as a Markdown section.
 */
class ScatterLatencyBenchmark {

    private static final int RUNS = 20;

    private final List<String> lines = new ArrayList<>();

    @Test
    void measure() throws Exception {
        Path big = Path.of(System.getenv("POSESCOPE_BENCH_PROJECT"));
        Path out = Path.of(System.getenv("POSESCOPE_BENCH_OUT"));
        lines.add("| what | data | median | slowest | runs |");
        lines.add("| --- | --- | ---: | ---: | ---: |");

        measureProject(Project.open(big), big.getFileName() + " (100,000 frames, 22 keypoints)");
        measureProject(OpenfieldScan.project(), "openfield (116 frames, 4 keypoints, PNG frames)");
        Files.write(out, lines);
    }

    private void measureProject(Project project, String name) throws Exception {
        try (PartsFixture fixture = new PartsFixture(project, 1600, 1000)) {
            ClusterViewPart cluster = fixture.make(ClusterViewPart.class);
            Object frameView = makeFrameView(fixture, project);
            fixture.open();

            long scanStarted = System.nanoTime();
            var file = project.labelFiles().get(0);
            fixture.scans.scanNode(file);
            OpenfieldScan.awaitScans();
            ScanOutcome outcome = fixture.events.last(PoseScopeEvents.SCAN_FINISHED, ScanOutcome.class);
            double scanMillis = (System.nanoTime() - scanStarted) / 1e6;
            cluster.scanFinished(outcome);
            fixture.flush();
            row("scan (read, poses, engine) through the job", name, new double[] {scanMillis});

            ScatterCanvas scatter = cluster.scatter();
            String size = scatter.getSize().x + "x" + scatter.getSize().y + " px, " + scatter.data().size() + " points";
            double[] render = new double[RUNS];
            double[] pan = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                render[i] = scatter.renderNow() / 1e6;
                pan[i] = dragAndPaint(scatter, i % 2 == 0 ? 7 : -7);
            }
            row("scatter image redraw (" + size + ")", name, render);
            row("pan step: mouse move to painted canvas", name, pan);

            fixture.events.subscribe(PoseScopeEvents.SAMPLE_SELECTED, event -> {
                posted = System.nanoTime();
                if (frameView != null) {
                    FrameViewProbe.sampleSelected(frameView, (SampleSelection) event.getProperty(IEventBroker.DATA));
                }
            });
            double[] toPost = new double[RUNS];
            double[] toFrame = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                SampleResult sample = outcome.result().atRank(1 + i * 3);
                Point at = scatter.pixelOf(sample.index());
                scatter.setSelectedSample(-1);
                fixture.flush();
                long clicked = System.nanoTime();
                click(scatter, at);
                toPost[i] = (posted - clicked) / 1e6;
                toFrame[i] = frameView == null ? Double.NaN
                        : (FrameViewProbe.awaitPaint(frameView, sample.index(), fixture.display) - clicked) / 1e6;
            }
            row("click to SAMPLE_SELECTED posted", name, toPost);
            if (frameView != null) {
                row("click to frame view repainted (image read in a job)", name, toFrame);
            }
        }
    }

    private volatile long posted;

    /** From the mouse move to the end of the canvas's next paint, running the event loop as the workbench does. */
    private static double dragAndPaint(ScatterCanvas scatter, int dx) {
        Point centre = new Point(scatter.getSize().x / 2, scatter.getSize().y / 2);
        long[] painted = {0};
        org.eclipse.swt.widgets.Listener afterPaint = event -> painted[0] = System.nanoTime();
        scatter.addListener(SWT.Paint, afterPaint);
        mouse(scatter, SWT.MouseDown, centre);
        long started = System.nanoTime();
        mouse(scatter, SWT.MouseMove, new Point(centre.x + dx, centre.y));
        Display display = scatter.getDisplay();
        while (painted[0] == 0) {
            if (!display.readAndDispatch()) {
                display.timerExec(1, () -> { });
                display.sleep();
            }
        }
        scatter.removeListener(SWT.Paint, afterPaint);
        mouse(scatter, SWT.MouseUp, new Point(centre.x + dx, centre.y));
        return (painted[0] - started) / 1e6;
    }

    private static void click(ScatterCanvas scatter, Point at) {
        mouse(scatter, SWT.MouseDown, at);
        mouse(scatter, SWT.MouseUp, at);
    }

    private static void mouse(ScatterCanvas scatter, int type, Point at) {
        Event event = new Event();
        event.button = 1;
        event.x = at.x;
        event.y = at.y;
        scatter.notifyListeners(type, event);
    }

    private static Object makeFrameView(PartsFixture fixture, Project project) throws IOException {
        Path storage = Files.createTempFile("posescope-bench", ".txt");
        Files.delete(storage);
        OpenProjects open = WorkbenchProbe.openProjects(fixture.events, storage, project.root());
        IEclipseContext context = fixture.context;
        context.set(OpenProjects.class, open);
        context.set(LabelDocuments.class, new LabelDocuments(OperationHistoryFactory.getOperationHistory()));
        context.set(MPart.class, MBasicFactory.INSTANCE.createPart());
        context.set(UISynchronize.class, new DisplaySync(fixture.display));
        return fixture.make(FrameViewProbe.partClass());
    }

    private void row(String what, String data, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        lines.add(String.format(Locale.ROOT, "| %s | %s | %.1f ms | %.1f ms | %d |", what, data,
                sorted[sorted.length / 2], sorted[sorted.length - 1], millis.length));
    }
}
