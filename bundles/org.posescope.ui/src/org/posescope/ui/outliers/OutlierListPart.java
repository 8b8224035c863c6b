package org.posescope.ui.outliers;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.posescope.ui.cluster.ClusterViewPart;
import org.posescope.ui.scan.ScanService;
import org.posescope.ui.workbench.PoseScopeEvents;
import org.posescope.ui.workbench.SampleGroup;
import org.posescope.ui.workbench.SampleSelection;
import org.posescope.ui.workbench.ScanOutcome;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The outlier list: every sample of the scan ranked by suspicion, sortable by any column, filtered by a text
 * box. A virtual table, so 100,000 rows cost only the rows on screen. Selecting a row posts the sample on
 * {@link PoseScopeEvents#SAMPLE_SELECTED}; samples selected elsewhere are selected here.
 */
public final class OutlierListPart {

    private static final int FILTER_DELAY_MILLIS = 150;

    private final ScanService scans;

    private Text filter;
    private Label count;
    private Link showAll;
    private TableViewer viewer;
    private EContextService contexts;
    private ScanOutcome shown;
    private OutlierRows rows;
    private int selectedSample = -1;
    private final Runnable applyFilter = this::applyFilter;
    private final Map<OutlierColumn, TableColumn> columns = new EnumMap<>(OutlierColumn.class);
    private int charWidth;

    @Inject
    public OutlierListPart(ScanService scans) {
        this.scans = scans;
    }

    @PostConstruct
    void createControls(Composite parent, @Optional EContextService contextService) {
        contexts = contextService;
        parent.setLayout(new GridLayout(3, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by frame, individual or reason");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, event -> {
            filter.getDisplay().timerExec(-1, applyFilter);
            filter.getDisplay().timerExec(FILTER_DELAY_MILLIS, applyFilter);
        });
        // Typing N or P in the filter must not step through suspects.
        filter.addListener(SWT.FocusIn, event -> suspectKeys(false));
        filter.addListener(SWT.FocusOut, event -> suspectKeys(true));
        showAll = new Link(parent, SWT.NONE);
        showAll.setText("<a>Show all</a>");
        showAll.addListener(SWT.Selection, event -> restrict(null));
        showAll.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        count = new Label(parent, SWT.NONE);
        count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new LazyRows());
        GC gc = new GC(table);
        charWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        gc.dispose();
        for (OutlierColumn column : OutlierColumn.values()) {
            addColumn(column);
        }
        table.addListener(SWT.Resize, event -> fitColumns());
        table.addListener(SWT.Selection, event -> rowSelected());
        suspectKeys(true);
        showCount();
        scans.currentOutcome().ifPresent(this::scanFinished);
    }

    @Focus
    void focus() {
        viewer.getTable().setFocus();
    }

    /** The workspace browser's selection: a file, video or project to scan. */
    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object node) {
        scans.scanNode(node);
    }

    @Inject
    @Optional
    void scanFinished(@UIEventTopic(PoseScopeEvents.SCAN_FINISHED) ScanOutcome outcome) {
        if (viewer == null || viewer.getTable().isDisposed() || outcome == shown) {
            return;
        }
        shown = outcome;
        rows = new OutlierRows(outcome.result());
        rows.filter(filter.getText());
        selectedSample = -1;
        refresh();
        fitColumns();
    }

    @Inject
    @Optional
    void sampleSelected(@UIEventTopic(PoseScopeEvents.SAMPLE_SELECTED) SampleSelection selection) {
        if (rows == null || viewer.getTable().isDisposed() || selection.origin() == this) {
            return;
        }
        selectedSample = selection.outcome() == shown ? selection.sampleIndex() : -1;
        showSelection();
    }

    @Inject
    @Optional
    void samplesPicked(@UIEventTopic(PoseScopeEvents.SAMPLES_PICKED) SampleGroup group) {
        if (rows != null && !viewer.getTable().isDisposed() && group.outcome() == shown) {
            restrict(group.isEmpty() ? null : group.sampleIndices());
        }
    }

    /** The viewer, for tests that drive the part directly. */
    TableViewer viewer() {
        return viewer;
    }

    Text filterText() {
        return filter;
    }

    OutlierRows rows() {
        return rows;
    }

    /** Applies the filter now instead of after the typing pause; for tests. */
    void applyFilter() {
        if (rows != null && !filter.isDisposed()) {
            rows.filter(filter.getText());
            refresh();
        }
    }

    private void restrict(int[] samples) {
        rows.restrictTo(samples);
        refresh();
    }

    private void addColumn(OutlierColumn column) {
        TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
        TableColumn tableColumn = viewerColumn.getColumn();
        columns.put(column, tableColumn);
        tableColumn.setText(column.header);
        tableColumn.setWidth(column.widthInChars * charWidth + 12);
        tableColumn.setAlignment(column == OutlierColumn.SCORE || column == OutlierColumn.RANK
                || column == OutlierColumn.CLUSTER ? SWT.RIGHT : SWT.LEFT);
        tableColumn.addListener(SWT.Selection, event -> sortBy(column, tableColumn));
        viewerColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return rows.text((Integer) element, column);
            }

            @Override
            public Color getForeground(Object element) {
                return column == OutlierColumn.REASON && rows.isFlagged((Integer) element)
                        ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
    }

    /**
     * Hides the columns that say nothing for this scan (individuals of single-animal labels, clusters of an
     * algorithm that does not cluster) and gives the reason what width is left.
     */
    private void fitColumns() {
        boolean manyAnimals = shown != null && shown.result().poses().individuals().size() > 1;
        boolean clusters = shown != null && shown.result().algorithm().clusters();
        columns.get(OutlierColumn.INDIVIDUAL).setWidth(manyAnimals ? width(OutlierColumn.INDIVIDUAL) : 0);
        columns.get(OutlierColumn.INDIVIDUAL).setResizable(manyAnimals);
        columns.get(OutlierColumn.CLUSTER).setWidth(clusters ? width(OutlierColumn.CLUSTER) : 0);
        columns.get(OutlierColumn.CLUSTER).setResizable(clusters);
        int used = 0;
        for (OutlierColumn column : OutlierColumn.values()) {
            used += column == OutlierColumn.REASON ? 0 : columns.get(column).getWidth();
        }
        int left = viewer.getTable().getClientArea().width - used;
        columns.get(OutlierColumn.REASON).setWidth(Math.max(width(OutlierColumn.REASON) / 2, left));
    }

    private int width(OutlierColumn column) {
        return column.widthInChars * charWidth + 12;
    }

    /** A click on the sorted column's header turns the order around; on another column it sorts by that one. */
    void sortBy(OutlierColumn column, TableColumn header) {
        if (rows == null) {
            return;
        }
        boolean ascending = rows.sortColumn() != column || !rows.ascending();
        rows.sortBy(column, ascending);
        Table table = viewer.getTable();
        table.setSortColumn(header);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        refresh();
    }

    private void refresh() {
        viewer.setInput(rows);
        viewer.setItemCount(rows == null ? 0 : rows.size());
        viewer.refresh();
        showSelection();
        showCount();
    }

    private void showSelection() {
        Table table = viewer.getTable();
        int row = rows.rowOf(selectedSample);
        if (row < 0) {
            table.deselectAll();
            return;
        }
        table.setSelection(row);
        table.showSelection();
    }

    private void rowSelected() {
        int row = viewer.getTable().getSelectionIndex();
        if (rows == null || row < 0 || row >= rows.size()) {
            return;
        }
        selectedSample = rows.sampleAt(row);
        scans.select(new SampleSelection(shown, selectedSample, this));
    }

    private void showCount() {
        boolean restricted = rows != null && rows.isRestricted();
        showAll.setVisible(restricted);
        ((GridData) showAll.getLayoutData()).exclude = !restricted;
        count.setText(rows == null ? "No scan yet" : rows.size() + " of " + rows.result().size() + " samples"
                + (restricted ? " (picked in the cluster view)" : ""));
        count.getParent().layout(true);
    }

    private void suspectKeys(boolean active) {
        if (contexts == null) {
            return;
        }
        if (active) {
            contexts.activateContext(ClusterViewPart.SUSPECT_KEYS_CONTEXT);
        } else {
            contexts.deactivateContext(ClusterViewPart.SUSPECT_KEYS_CONTEXT);
        }
    }

    /** Hands the table the sample of each row it is about to show, and nothing more. */
    private final class LazyRows implements ILazyContentProvider {

        @Override
        public void updateElement(int index) {
            if (rows != null && index < rows.size()) {
                viewer.replace(rows.sampleAt(index), index);
            }
        }

        @Override
        public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        }
    }
}
