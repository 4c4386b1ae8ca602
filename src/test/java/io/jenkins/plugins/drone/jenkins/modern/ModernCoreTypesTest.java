package io.jenkins.plugins.drone.jenkins.modern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.jenkins.webhook.DroneWebhooks;
import io.jenkins.plugins.drone.jenkins.webhook.WebhookCrumbExclusion;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.FilterChain;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

/**
 * The two classes the webhook defines on modern cores, built with a superclass and a marker Hudson 1.395 can load
 * in place of {@code CrumbExclusion} and {@code UnprotectedRootAction} (the shapes are the same): the exclusion
 * lets requests under {@code /drone-webhook/} through and no other; the action is a {@link DroneWebhooks} under
 * the same URL that implements the marker. Hudson 1.395 has neither core type, so nothing is found there.
 */
class ModernCoreTypesTest {

    private static final String PACKAGE = "io/jenkins/plugins/drone/jenkins/modern/";

    /** Has what the generated exclusion overrides: {@code CrumbExclusion.process} with javax types. */
    public abstract static class Exclusion {
        /** Overridden by the generated class. */
        public abstract boolean process(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws Exception;
    }

    @Test
    void theCrumbExclusionPassesWebhookDeliveriesOnAndNothingElse() throws Exception {
        Class<?> c = ForwardingClassWriterTest.define(ModernCoreTypes.crumbExclusion(PACKAGE + "TestExclusion",
                PACKAGE + "ModernCoreTypesTest$Exclusion", internal(WebhookCrumbExclusion.class)));
        Exclusion exclusion = (Exclusion) c.getConstructor().newInstance();
        List<Object> passed = new ArrayList<>();
        FilterChain chain = (request, response) -> passed.add(request);
        HttpServletRequest delivery = request("/drone-webhook/github");
        assertTrue(exclusion.process(delivery, null, chain));
        assertEquals(List.of(delivery), passed);
        assertFalse(exclusion.process(request("/job/x/build"), null, chain));
        assertFalse(exclusion.process(request("/drone-webhook"), null, chain));
        assertFalse(exclusion.process(request(null), null, chain));
        assertEquals(1, passed.size());
    }

    @Test
    void theUnprotectedActionIsTheWebhookActionUnderTheSameUrl() throws Exception {
        Class<?> c = ForwardingClassWriterTest.define(ModernCoreTypes.unprotectedAction(PACKAGE + "TestAction",
                internal(DroneWebhooks.class), "java/io/Serializable"));
        Object action = c.getConstructor(DroneWebhooks.class).newInstance(new DroneWebhooks());
        assertTrue(action instanceof DroneWebhooks);
        assertTrue(action instanceof Serializable);
        assertEquals("drone-webhook", ((DroneWebhooks) action).getUrlName());
    }

    @Test
    void hudson1395HasNeitherCoreType() {
        ClassLoader core = hudson.model.Hudson.class.getClassLoader();
        assertTrue(ModernCoreTypes.find(ModernCoreTypes.CRUMB_EXCLUSION, core).isEmpty());
        assertTrue(ModernCoreTypes.find(ModernCoreTypes.UNPROTECTED_ROOT_ACTION, core).isEmpty());
        assertTrue(ModernCoreTypes.find("hudson/model/RootAction", core).isPresent());
    }

    private static String internal(Class<?> c) {
        return c.getName().replace('.', '/');
    }

    private static HttpServletRequest request(String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(ModernCoreTypesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPathInfo" -> pathInfo;
                    case "toString" -> "request " + pathInfo;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
