package io.jenkins.plugins.drone.freestyle;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.w3c.dom.Element;

/** What to do instead, for the parts of a freestyle job that have no {@code .drone.yml} form. */
final class Hints {

    private static final String KEEP_ON_FREESTYLE =
            "keep it on the freestyle job and run the pipeline there with the 'Run Drone pipeline' build step";

    private static final Map<String, Function<Element, String>> BY_CLASS = Map.ofEntries(
            Map.entry("hudson.tasks.BatchFile", e -> "a Windows batch script; Drone runs Windows steps with "
                    + "PowerShell in a 'platform: {os: windows}' pipeline, so rewrite it there"),
            Map.entry("hudson.tasks.Maven", e -> "run 'mvn -B " + Xml.text(e, "targets").strip()
                    + "' in a step with a Maven image (e.g. maven:3-eclipse-temurin-17)"),
            Map.entry("hudson.tasks.Ant", e -> "run 'ant " + Xml.text(e, "targets").strip() + "' in a step with an Ant image"),
            Map.entry("hudson.plugins.gradle.Gradle", e -> "run './gradlew " + Xml.text(e, "tasks").strip()
                    + "' in a step with a JDK image"),
            Map.entry("hudson.tasks.junit.JUnitResultArchiver", e -> KEEP_ON_FREESTYLE
                    + " (test reports " + Xml.text(e, "testResults").strip() + ")"),
            Map.entry("hudson.tasks.ArtifactArchiver", e -> KEEP_ON_FREESTYLE
                    + " (artifacts " + Xml.text(e, "artifacts").strip() + ")"),
            Map.entry("hudson.tasks.Mailer", e -> "add a notification step with 'when: {status: [failure]}', or "
                    + KEEP_ON_FREESTYLE),
            Map.entry("jenkins.plugins.slack.SlackNotifier", e -> "add a plugins/slack step with a webhook secret "
                    + "and 'when: {status: [failure]}'"),
            Map.entry("hudson.plugins.git.GitSCM", e -> "the Drone pipeline job clones the repository itself"
                    + " (repository " + listed(Xml.descendantTexts(e, "url")) + ", branches "
                    + listed(Xml.child(e, "branches").map(b -> Xml.descendantTexts(b, "name")).orElse(List.of()))
                    + ")"),
            Map.entry("hudson.triggers.TimerTrigger", e -> "use the job's 'Build periodically' trigger / Drone cron"
                    + " (schedule '" + String.join("; ", Xml.text(e, "spec").strip().lines().toList()) + "')"),
            Map.entry("hudson.triggers.SCMTrigger", e -> "the Drone pipeline job builds the pushed commit; set up "
                    + "polling or a webhook there (schedule '" + Xml.text(e, "spec").strip() + "')"),
            Map.entry("org.jenkinsci.plugins.credentialsbinding.impl.SecretBuildWrapper", e -> "use Drone secrets: "
                    + "'environment: {NAME: {from_secret: name}}' in the steps that need them"),
            Map.entry("io.jenkins.plugins.drone.jenkins.migration.DronePipelineStep", e -> "this step already runs a "
                    + "Drone pipeline (" + (Xml.text(e, "yaml").isBlank() ? Xml.text(e, "yamlPath").strip()
                    + " from the workspace" : "written inline in the step") + "): commit that pipeline as the "
                    + "repository's .drone.yml"),
            Map.entry("jdk", e -> "choose a step image that provides this JDK"),
            Map.entry("scmCheckoutRetryCount", e -> "use 'clone: {retries: N}' in the pipeline"),
            Map.entry("customWorkspace", e -> "Drone steps run in their own workspace, /drone/src"));

    private static final Map<String, String> BY_SECTION = Map.of(
            "builders", "run it as a shell command in a step whose image has the tool",
            "publishers", KEEP_ON_FREESTYLE,
            "scm", "the Drone pipeline job clones the repository itself",
            "triggers", "set up the same trigger on the Drone pipeline job",
            "buildWrappers", "each Drone step is a fresh container; do what it did in a step, or drop it",
            "properties", "set it on the Drone pipeline job if it still matters");

    private Hints() {}

    static String of(String section, Element element) {
        Function<Element, String> specific = BY_CLASS.get(Xml.className(element));
        return specific != null ? specific.apply(element) : BY_SECTION.getOrDefault(section, "");
    }

    private static String listed(List<String> values) {
        List<String> present = values.stream().filter(v -> !v.isEmpty()).toList();
        return present.isEmpty() ? "?" : String.join(" ", present);
    }
}
