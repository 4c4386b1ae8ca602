package io.jenkins.plugins.drone.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Audits every web method ({@code public do*}) of the plugin: each checks a permission (itself or through a
 * method of its own class it calls), and each one that changes state or reaches the network refuses what is not
 * a POST; webhook endpoints, which no login can reach, refuse what is not a POST. A new web method fails this test
 * until it is listed below as read-only, POST-only or signed, so nobody adds one without deciding.
 */
class WebMethodsAuditTest {

    /** Web methods that change state or reach the network: they must look at the request's method. */
    private static final Set<String> POST_ONLY = Set.of(
            "ui.PipelinesPage.doRedact",
            "job.DronePipelineJob$DescriptorImpl.doLintYaml",
            "agent.DockerHostProperty$DescriptorImpl.doTestConnection",
            "migration.ConvertToDroneAction.doCreateJob",
            "job.DronePipelineJob$DescriptorImpl.doTestConnection",
            "approval.ApprovalAction.doApprove",
            "approval.ApprovalAction.doDecline",
            "run.RedeployAction.doRestart",
            "run.RedeployAction.doPromote");

    /**
     * Webhook endpoints: no login by design (a forge cannot log in), so no permission check; the delivery's
     * signature takes its place (WebhookSignatureTest, the webhook ITs), and anything but a POST is refused.
     */
    private static final Set<String> SIGNED_POST = Set.of(
            "webhook.DroneWebhooks.doGithub",
            "webhook.DroneWebhooks.doGitea",
            "webhook.DroneWebhooks.doGitlab",
            "webhook.DroneWebhooks.doBitbucket");

    /** Web methods that only read: any HTTP method is fine, the permission check is not. */
    private static final Set<String> READ_ONLY = Set.of(
            "ui.PipelinesPage.doState",
            "ui.PipelinesPage.doLog",
            "ui.PipelinesPage.doPipelineLog",
            "ui.DroneJobAction.doDynamic",
            "ui.DroneStaticResources.doDynamic",
            "job.DronePipelineJob$DescriptorImpl.doCheckRepositoryUrl",
            "job.DronePipelineJob$DescriptorImpl.doCheckAgentLabel",
            "job.DronePipelineJob$DescriptorImpl.doCheckTimeoutMinutes",
            "agent.DockerHostProperty$DescriptorImpl.doCheckCacheLimit",
            "agent.DockerHostProperty$DescriptorImpl.doCheckVolumeDriverOptions",
            "triggers.DroneCronTrigger$DescriptorImpl.doCheckSchedules",
            "migration.ConvertToDroneAction.doDroneYml");

    private static final String ROOT = "io.jenkins.plugins.drone.jenkins.";

    @Test
    void everyWebMethodIsClassifiedPermissionCheckedAndPostOnlyWhereNeeded() {
        TreeMap<String, JavaMethod> found = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT.substring(0, ROOT.length() - 1))) {
            for (JavaMethod method : type.getMethods()) {
                if (method.getName().matches("do[A-Z].*") && method.getModifiers().contains(JavaModifier.PUBLIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    found.put(type.getName().substring(ROOT.length()) + "." + method.getName(), method);
                }
            }
        }
        Set<String> classified = new TreeSet<>(POST_ONLY);
        classified.addAll(READ_ONLY);
        classified.addAll(SIGNED_POST);
        assertEquals(classified, found.keySet(), "web methods to classify as POST_ONLY, READ_ONLY or SIGNED_POST");
        found.forEach((name, method) -> {
            if (SIGNED_POST.contains(name)) {
                assertTrue(calls(method, "getMethod"), name + " does not refuse a GET");
                return;
            }
            assertTrue(calls(method, "checkPermission"), name + " checks no permission");
            if (POST_ONLY.contains(name)) {
                assertTrue(calls(method, "getMethod"), name + " does not refuse a GET");
            }
        });
    }

    /** Whether {@code method}, or a method of its own class that it calls, calls a method named {@code name}. */
    private static boolean calls(JavaMethod method, String name) {
        return method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals(name)
                || ownMethod(method, call).flatMap(own -> own.getMethodCallsFromSelf().stream()).anyMatch(
                        inner -> inner.getName().equals(name)));
    }

    private static Stream<JavaMethod> ownMethod(JavaMethod caller, JavaMethodCall call) {
        return call.getTargetOwner().equals(caller.getOwner())
                ? call.getTarget().resolveMember().stream() : Stream.empty();
    }
}
