package org.posescope.ui.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posescope.cluster.SampleResult;
import org.posescope.ui.outliers.OutlierListPart;
import org.posescope.ui.outliers.OutlierListProbe;
import org.posescope.ui.scan.NextSuspectHandler;
import org.posescope.ui.scan.OpenfieldScan;
import org.posescope.ui.scan.PartsFixture;
import org.posescope.ui.workbench.PoseScopeEvents;
import org.posescope.ui.workbench.SampleSelection;
import org.posescope.ui.workbench.ScanOutcome;

/** The cluster view and the outlier list follow each other through posted selections, on the real openfield scan. */
class LinkedSelectionTest {

    private PartsFixture fixture;
    private ClusterViewPart cluster;
    private OutlierListPart outliers;
    private ScanOutcome outcome;

    @BeforeEach
    void scanOpenfield() throws Exception {
        var project = OpenfieldScan.project();
        fixture = new PartsFixture(project, 900, 900);
        cluster = fixture.make(ClusterViewPart.class);
        outliers = fixture.make(OutlierListPart.class);
        fixture.open();
        outcome = OpenfieldScan.scan(fixture.scans, fixture.events, project);
        cluster.scanFinished(outcome);
        OutlierListProbe.scanFinished(outliers, outcome);
        fixture.flush();
    }

    @AfterEach
    void closeShell() {
        fixture.close();
    }

    @Test
    void clickingAPointSelectsItsRow() {
        SampleResult target = outcome.result().atRank(3);
        Point at = cluster.scatter().pixelOf(target.index());
        assertNotNull(at, "rank 3 is drawn");

        click(at);

        SampleSelection posted = fixture.events.last(PoseScopeEvents.SAMPLE_SELECTED, SampleSelection.class);
        assertSame(cluster, posted.origin());
        assertEquals(target.index(), posted.sampleIndex());
        OutlierListProbe.sampleSelected(outliers, posted);
        assertEquals(target.index(), OutlierListProbe.selectedSample(outliers));
    }

    @Test
    void selectingARowMarksItsPoint() {
        Table table = OutlierListProbe.table(outliers);
        int row = 5;
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());

        SampleSelection posted = fixture.events.last(PoseScopeEvents.SAMPLE_SELECTED, SampleSelection.class);
        assertSame(outliers, posted.origin());
        assertEquals(outcome.result().atRank(row + 1).index(), posted.sampleIndex(), "rows start sorted by rank");
        cluster.sampleSelected(posted);
        assertEquals(posted.sampleIndex(), cluster.scatter().selectedSample());
    }

    @Test
    void nextSuspectMovesBothPartsToTheNextFlaggedSample() {
        List<SampleResult> flagged = outcome.result().flagged();
        assertTrue(flagged.size() >= 2, "openfield has at least two flagged poses: " + flagged.size());
        NextSuspectHandler next = ContextInjectionFactory.make(NextSuspectHandler.class, fixture.context);

        for (int step = 0; step < 2; step++) {
            ContextInjectionFactory.invoke(next, Execute.class, fixture.context);
            SampleSelection posted = fixture.events.last(PoseScopeEvents.SAMPLE_SELECTED, SampleSelection.class);
            cluster.sampleSelected(posted);
            OutlierListProbe.sampleSelected(outliers, posted);

            assertEquals(flagged.get(step).index(), cluster.scatter().selectedSample());
            assertEquals(flagged.get(step).index(), OutlierListProbe.selectedSample(outliers));
        }
    }

    @Test
    void ownEchoesAreIgnoredAndClickingEmptySpaceSelectsNothing() {
        int before = fixture.events.posted(PoseScopeEvents.SAMPLE_SELECTED, SampleSelection.class).size();
        click(new Point(1, 1));
        assertEquals(before, fixture.events.posted(PoseScopeEvents.SAMPLE_SELECTED, SampleSelection.class).size());

        cluster.sampleSelected(new SampleSelection(outcome, 7, cluster));
        assertFalse(cluster.scatter().selectedSample() == 7, "the part's own echo changes nothing");
    }

    private void click(Point at) {
        ScatterCanvas canvas = cluster.scatter();
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event event = new Event();
            event.button = 1;
            event.x = at.x;
            event.y = at.y;
            canvas.notifyListeners(type, event);
        }
    }
}
