package io.jenkins.plugins.drone.freestyle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds variables a script reads that Jenkins sets for every build and Drone does not, and names the Drone
 * variable that carries the same information (docs/drone-semantics.md#build-variables), so the user can decide; the
 * converter does not rewrite.
 */
final class JenkinsVariables {

    private static final Map<String, String> DRONE_EQUIVALENT = Map.ofEntries(
            Map.entry("WORKSPACE", "DRONE_WORKSPACE"),
            Map.entry("BUILD_NUMBER", "DRONE_BUILD_NUMBER"),
            Map.entry("BUILD_ID", "DRONE_BUILD_NUMBER"),
            Map.entry("BUILD_URL", "DRONE_BUILD_LINK"),
            Map.entry("JOB_NAME", "DRONE_REPO"),
            Map.entry("GIT_COMMIT", "DRONE_COMMIT_SHA"),
            Map.entry("GIT_BRANCH", "DRONE_BRANCH"),
            Map.entry("GIT_URL", "DRONE_GIT_HTTP_URL"),
            Map.entry("BUILD_TAG", "DRONE_BUILD_NUMBER"),
            Map.entry("NODE_NAME", "DRONE_RUNNER_HOSTNAME"),
            Map.entry("JENKINS_URL", "DRONE_SYSTEM_HOST"));
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Z_]+)\\b");

    private JenkinsVariables() {}

    /** A warning for {@code step} if its commands read Jenkins-only variables not defined by {@code defined}. */
    static void check(StepDraft step, Set<String> defined, Findings findings) {
        Map<String, String> used = new LinkedHashMap<>();
        for (String command : step.commands()) {
            Matcher m = REFERENCE.matcher(command);
            while (m.find()) {
                String name = m.group(1);
                if (DRONE_EQUIVALENT.containsKey(name) && !defined.contains(name) && !step.environment().containsKey(name)) {
                    used.put(name, DRONE_EQUIVALENT.get(name));
                }
            }
        }
        if (!used.isEmpty()) {
            StringBuilder list = new StringBuilder();
            used.forEach((jenkins, drone) -> list.append(list.isEmpty() ? "" : ", ")
                    .append('$').append(jenkins).append(" (Drone: $").append(drone).append(')'));
            findings.warn(step.name() + ": uses variables that Jenkins sets and Drone does not: " + list);
        }
    }
}
