package org.posescope.ui.edit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.commands.MBindingContext;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The real e4 workbench of the product, made in the test's OSGi framework from our {@code Application.e4xmi} and
 * life cycle as {@code E4Application} makes it when the product starts, but with a test-owned event loop.
 *
 * <p>The application bundle is installed from its source folder for the duration of the test; E4Application lives
 * in an internal package, so it is reached through its bundle's class loader.
 */
final class RunningWorkbench implements AutoCloseable {

    private static final String WORKBENCH_BUNDLE = "org.eclipse.e4.ui.workbench.swt";
    private static final String APPLICATION_CLASS = "org.eclipse.e4.ui.internal.workbench.swt.E4Application";
    private static final String APPLICATION_CONTEXT = "org.eclipse.equinox.app.IApplicationContext";
    private static final String COMMAND_SERVICE = "org.eclipse.e4.core.commands.ECommandService";
    private static final String BINDING_SERVICE = "org.eclipse.e4.ui.bindings.EBindingService";

    private final Bundle applicationBundle;
    final IWorkbench workbench;

    /** @param applicationFolder the folder of the org.posescope.app bundle (its Application.e4xmi and manifest) */
    RunningWorkbench(Path applicationFolder, Display display) throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(RunningWorkbench.class).getBundleContext();
        startEventAdmin(bundles);
        applicationBundle = bundles.installBundle("reference:" + applicationFolder.toUri());
        applicationBundle.start(Bundle.START_TRANSIENT);

        Bundle workbenchBundle = find(bundles, WORKBENCH_BUNDLE);
        workbenchBundle.start(Bundle.START_TRANSIENT);
        Class<?> applicationType = workbenchBundle.loadClass(APPLICATION_CLASS);
        Class<?> contextType = workbenchBundle.loadClass(APPLICATION_CONTEXT);
        Object application = applicationType.getConstructor().newInstance();
        Object context = Proxy.newProxyInstance(applicationType.getClassLoader(), new Class<?>[] {contextType},
                new LaunchArguments(new String[] {"-applicationXMI", "org.posescope.app/Application.e4xmi",
                    "-lifeCycleURI", "bundleclass://org.posescope.ui/org.posescope.ui.workbench.WorkbenchLifeCycle",
                    "-clearPersistedState", "-persistState", "false"}));
        workbench = (IWorkbench) applicationType.getMethod("createE4Workbench", contextType, Display.class)
                .invoke(application, context, display);
        restoreOurKeyBindings(workbench.getApplication(), applicationFolder.resolve("Application.e4xmi"));
    }

    /**
     * The test framework holds the Eclipse IDE's bundles (the product does not), and their model processors rewrite
     * the key bindings: most of ours are gone after assembly, the IDE's are there instead. This puts back exactly
     * the binding tables our Application.e4xmi declares, bound to the model's own commands and contexts, and
     * makes the binding service hold those alone.
     */
    private static void restoreOurKeyBindings(MApplication application, Path model) throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(model.toFile());
        Map<String, String> elementIds = new HashMap<>();
        NodeList all = xml.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            elementIds.put(element.getAttribute("xmi:id"), element.getAttribute("elementId"));
        }

        deactivateAllBindings(application);
        List<MBindingTable> tables = new ArrayList<>();
        NodeList declared = xml.getElementsByTagName("bindingTables");
        for (int t = 0; t < declared.getLength(); t++) {
            Element tableElement = (Element) declared.item(t);
            MBindingTable table = MCommandsFactory.INSTANCE.createBindingTable();
            table.setElementId(tableElement.getAttribute("elementId"));
            table.setBindingContext(context(application.getRootContext(),
                    elementIds.get(tableElement.getAttribute("bindingContext"))));
            NodeList bindings = tableElement.getElementsByTagName("bindings");
            for (int b = 0; b < bindings.getLength(); b++) {
                Element bindingElement = (Element) bindings.item(b);
                MKeyBinding binding = MCommandsFactory.INSTANCE.createKeyBinding();
                binding.setElementId(bindingElement.getAttribute("elementId"));
                binding.setKeySequence(bindingElement.getAttribute("keySequence"));
                String command = elementIds.get(bindingElement.getAttribute("command"));
                binding.setCommand(application.getCommands().stream()
                        .filter(candidate -> command.equals(candidate.getElementId())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No command " + command + " in the model")));
                table.getBindings().add(binding);
                activate(application, binding.getKeySequence(), command, table.getBindingContext().getElementId());
            }
            tables.add(table);
        }
        application.getBindingTables().clear();
        application.getBindingTables().addAll(tables);
    }

    private static void deactivateAllBindings(MApplication application) throws Exception {
        Object bindings = application.getContext().get(BINDING_SERVICE);
        Class<?> bindingApi = bindings.getClass().getClassLoader().loadClass(BINDING_SERVICE);
        Method deactivate = bindingApi.getMethod("deactivateBinding", Binding.class);
        for (Object binding : List.copyOf((Collection<?>) bindingApi.getMethod("getActiveBindings").invoke(bindings))) {
            deactivate.invoke(bindings, binding);
        }
    }

    /**
     * Tells the binding service of a binding, as the bindings addon does for the model's tables at start. Its API
     * bundles are not among this fragment's dependencies, so it is called through its interfaces by name.
     */
    private static void activate(MApplication application, String keys, String commandId, String contextId)
            throws Exception {
        Object commands = application.getContext().get(COMMAND_SERVICE);
        Object bindings = application.getContext().get(BINDING_SERVICE);
        Class<?> commandApi = commands.getClass().getClassLoader().loadClass(COMMAND_SERVICE);
        Class<?> bindingApi = bindings.getClass().getClassLoader().loadClass(BINDING_SERVICE);
        ParameterizedCommand command = (ParameterizedCommand) commandApi.getMethod("createCommand", String.class,
                Map.class).invoke(commands, commandId, null);
        Binding binding = (Binding) bindingApi.getMethod("createBinding", TriggerSequence.class,
                ParameterizedCommand.class, String.class, Map.class)
                .invoke(bindings, KeySequence.getInstance(keys), command, contextId, null);
        bindingApi.getMethod("activateBinding", Binding.class).invoke(bindings, binding);
    }

    private static MBindingContext context(List<MBindingContext> contexts, String elementId) {
        for (MBindingContext context : contexts) {
            if (elementId.equals(context.getElementId())) {
                return context;
            }
            MBindingContext child = context(context.getChildren(), elementId);
            if (child != null) {
                return child;
            }
        }
        return null;
    }

    MApplication application() {
        return workbench.getApplication();
    }

    /** Renders the model and runs the event loop until {@link IWorkbench#close()}; call on the display thread. */
    void runUntilClosed() throws Exception {
        Method run = workbench.getClass().getMethod("createAndRunUI", MApplicationElement.class);
        run.invoke(workbench, workbench.getApplication());
    }

    @Override
    public void close() throws BundleException {
        applicationBundle.uninstall();
    }

    /** The e4 event broker delivers through OSGi's EventAdmin, which the test framework installs but not starts. */
    private static void startEventAdmin(BundleContext bundles) throws BundleException {
        find(bundles, "org.eclipse.equinox.event").start(Bundle.START_TRANSIENT);
    }

    private static Bundle find(BundleContext bundles, String symbolicName) {
        for (Bundle bundle : bundles.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new IllegalStateException(symbolicName + " is not in the test's OSGi framework");
    }

    /** IApplicationContext as the launcher fills it: the command-line arguments, and no product branding. */
    private record LaunchArguments(String[] arguments) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] parameters) {
            return switch (method.getName()) {
                case "getArguments" -> Map.of("application.args", arguments);
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == parameters[0];
                case "toString" -> "test launch " + String.join(" ", arguments);
                default -> null;
            };
        }
    }
}
