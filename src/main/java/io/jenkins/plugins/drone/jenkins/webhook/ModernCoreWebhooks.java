package io.jenkins.plugins.drone.jenkins.webhook;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Action;
import hudson.model.Hudson;
import hudson.model.RootAction;
import hudson.model.listeners.ItemListener;
import io.jenkins.plugins.drone.jenkins.modern.ModernCoreTypes;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes the webhook endpoints reachable on modern Jenkins, where crumbs are always checked and anonymous may lack
 * Overall/Read: once everything is loaded, on a core that has {@code CrumbExclusion} and
 * {@code UnprotectedRootAction}, defines a crumb exclusion forwarding to {@link WebhookCrumbExclusion} and a
 * {@link DroneWebhooks} that is an {@code UnprotectedRootAction}, and puts them in core's lists. Hudson 1.395 has
 * neither type, and nothing changes there. See docs/compatibility.md#types-hudson-1395-lacks.
 */
@Extension
public final class ModernCoreWebhooks extends ItemListener {

    private static final Logger LOGGER = Logger.getLogger(ModernCoreWebhooks.class.getName());
    private static final String PACKAGE = "io/jenkins/plugins/drone/jenkins/webhook/";

    /** The crumb exclusion's class file: {@code DroneWebhooksCrumbExclusion extends CrumbExclusion}. */
    static final String EXCLUSION_CLASS = PACKAGE + "DroneWebhooksCrumbExclusion";

    /** The unprotected action's class file: {@code UnprotectedDroneWebhooks extends DroneWebhooks}. */
    static final String ACTION_CLASS = PACKAGE + "UnprotectedDroneWebhooks";

    private static Class<?>[] defined;

    @Override
    public void onLoaded() {
        Hudson hudson = Hudson.getInstance();
        ClassLoader core = Hudson.class.getClassLoader();
        Optional<Class<?>> exclusion = ModernCoreTypes.find(ModernCoreTypes.CRUMB_EXCLUSION, core);
        Optional<Class<?>> unprotected = ModernCoreTypes.find(ModernCoreTypes.UNPROTECTED_ROOT_ACTION, core);
        DroneWebhooks plain = hudson.getExtensionList(RootAction.class).get(DroneWebhooks.class);
        if (exclusion.isEmpty() || unprotected.isEmpty() || plain == null) {
            return;
        }
        try {
            Class<?>[] classes = classes();
            register(hudson.getExtensionList(exclusion.get()), classes[0].getConstructor().newInstance());
            DroneWebhooks action = (DroneWebhooks) classes[1].getConstructor(DroneWebhooks.class).newInstance(plain);
            replace(hudson.getActions(), plain, action);
            LOGGER.info("/" + DroneWebhooks.URL_NAME + "/ takes deliveries without a crumb or Overall/Read");
        } catch (ReflectiveOperationException | LinkageError e) {
            LOGGER.warning("Cannot exempt /" + DroneWebhooks.URL_NAME + "/ from crumbs and Overall/Read on this"
                    + " core (" + e + "); forges will get 403 while those protections are on");
        }
    }

    /** The two classes, defined in this package once per class loader. */
    static synchronized Class<?>[] classes() throws IllegalAccessException {
        if (defined == null) {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Class<?> exclusion = lookup.defineClass(ModernCoreTypes.crumbExclusion(EXCLUSION_CLASS,
                    WebhookCrumbExclusion.class.getName().replace('.', '/')));
            Class<?> action = lookup.defineClass(ModernCoreTypes.unprotectedAction(ACTION_CLASS,
                    DroneWebhooks.class.getName().replace('.', '/')));
            defined = new Class<?>[] {exclusion, action};
        }
        return defined;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void register(ExtensionList list, Object exclusion) {
        for (Object o : list) {
            if (o.getClass() == exclusion.getClass()) {
                return;
            }
        }
        list.add(exclusion);
    }

    /** Puts {@code action} where {@code plain} is, so that exactly one action answers under the URL. */
    private static void replace(List<Action> actions, DroneWebhooks plain, DroneWebhooks action) {
        for (Action a : actions) {
            if (a.getClass() == action.getClass()) {
                return;
            }
        }
        int index = actions.indexOf(plain);
        if (index >= 0) {
            actions.set(index, action);
        } else {
            actions.add(action);
        }
    }
}
