package org.posescope.ui.edit;

import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.osgi.service.event.Event;
import org.posescope.ui.workbench.PoseScopeEvents;
import org.posescope.ui.workbench.SampleSelection;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Puts the {@link LabelDocuments} registry into the application context, forwards its changes and saves to the
 * event broker, names the edit in Edit &gt; Undo and Redo, and makes closing a window with unsaved labels ask.
 */
public final class LabelDocumentsAddon {

    /** Element ids of the menu items whose labels name the edit. */
    public static final String UNDO_ITEM = "org.posescope.app.menuitem.undo";
    public static final String REDO_ITEM = "org.posescope.app.menuitem.redo";

    private LabelDocuments documents;
    private EModelService models;
    private MApplication application;

    @PostConstruct
    void start(IEclipseContext context, IEventBroker events, UISynchronize sync, EModelService modelService,
            MApplication app) {
        models = modelService;
        application = app;
        IOperationHistory history = OperationHistoryFactory.getOperationHistory();
        documents = new LabelDocuments(history);
        context.set(LabelDocuments.class, documents);

        documents.onChange(document -> {
            events.post(PoseScopeEvents.DOCUMENT_CHANGED, document != null ? document : documents);
            sync.asyncExec(this::nameEdits);
        });
        documents.onSave(document -> events.post(PoseScopeEvents.LABELS_SAVED, document));
        history.addOperationHistoryListener(event -> sync.asyncExec(this::nameEdits));
    }

    @Inject
    @Optional
    void sampleSelected(@UIEventTopic(PoseScopeEvents.SAMPLE_SELECTED) SampleSelection selection) {
        documents.setSelectedSample(selection);
    }

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        for (MWindow window : application.getChildren()) {
            if (window.getContext() != null) {
                window.getContext().set(IWindowCloseHandler.class, DocumentSaving.closeHandler(documents));
            }
        }
        nameEdits();
    }

    /** Sets "Undo Move snout" and "Redo Delete earL" on the Edit menu, or plain "Undo" and "Redo". */
    private void nameEdits() {
        IOperationHistory history = documents.history();
        IUndoableOperation undo = documents.active().map(d -> history.getUndoOperation(d.undoContext()))
                .orElse(null);
        IUndoableOperation redo = documents.active().map(d -> history.getRedoOperation(d.undoContext()))
                .orElse(null);
        label(UNDO_ITEM, "&Undo" + (undo == null ? "" : " " + undo.getLabel()));
        label(REDO_ITEM, "&Redo" + (redo == null ? "" : " " + redo.getLabel()));
    }

    private void label(String id, String text) {
        List<MMenuItem> items = models.findElements(application, id, MMenuItem.class, null,
                EModelService.IN_MAIN_MENU);
        items.forEach(item -> item.setLabel(text.replace("&", "&&").replaceFirst("&&", "&")));
    }
}
