package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Clone;
import io.jenkins.plugins.drone.spec.Pipeline;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The variables one pipeline gives all its entries besides the build's: stage ({@code DRONE_STAGE_*}), git
 * identity and clone switches ({@code GIT_*}), and workspace ({@code DRONE_WORKSPACE*})
 * (docs/drone-semantics.md#environment-precedence, docs/drone-semantics.md#build-variables).
 */
final class StageVariables {

    private StageVariables() {
    }

    /** Stage variables with their initial (success) values; Drone writes these again when an entry starts. */
    static Map<String, String> stage(Pipeline pipeline, BuildContext build, int number, List<String> dependsOn) {
        Map<String, String> env = new TreeMap<>();
        String created = Long.toString(build.createdEpochSeconds());
        env.put("DRONE_STAGE_KIND", "pipeline");
        env.put("DRONE_STAGE_TYPE", pipeline.type().isEmpty() ? "docker" : pipeline.type());
        env.put("DRONE_STAGE_NAME", pipeline.effectiveName());
        env.put("DRONE_STAGE_NUMBER", Integer.toString(number));
        env.put("DRONE_STAGE_OS", orDefault(pipeline.platform().os(), "linux"));
        env.put("DRONE_STAGE_ARCH", orDefault(pipeline.platform().arch(), "amd64"));
        env.put("DRONE_STAGE_VARIANT", pipeline.platform().variant());
        env.put("DRONE_STAGE_VERSION", "0");
        env.put("DRONE_STAGE_STATUS", "success");
        env.put("DRONE_STAGE_STARTED", created);
        env.put("DRONE_STAGE_FINISHED", created);
        env.put("DRONE_STAGE_DEPENDS_ON", String.join(",", dependsOn));
        env.put("DRONE_CARD_PATH", "/dev/stdout");
        if ("windows".equals(pipeline.platform().os())) {
            env.put("SHELL", "powershell.exe");
        }
        return env;
    }

    /** Git identity and the clone switches that reach every entry, not only clone. */
    static Map<String, String> git(BuildContext build, Clone clone) {
        Map<String, String> env = new TreeMap<>();
        String name = orDefault(build.authorName(), "drone");
        String email = orDefault(build.authorEmail(), "noreply@drone");
        env.put("GIT_AUTHOR_NAME", name);
        env.put("GIT_COMMITTER_NAME", name);
        env.put("GIT_AUTHOR_EMAIL", email);
        env.put("GIT_COMMITTER_EMAIL", email);
        env.put("GIT_TERMINAL_PROMPT", "0");
        if (clone != null && clone.skipVerify()) {
            env.put("GIT_SSL_NO_VERIFY", "true");
        }
        if (clone != null && clone.trace()) {
            env.put("GIT_TRACE", "true");
        }
        return env;
    }

    /** {@code DRONE_WORKSPACE*} and the older compiler's {@code CI_WORKSPACE*}. */
    static Map<String, String> workspace(PipelinePlan.WorkspaceSpec workspace) {
        Map<String, String> env = new TreeMap<>();
        for (String prefix : List.of("DRONE_", "CI_")) {
            env.put(prefix + "WORKSPACE", workspace.fullPath());
            env.put(prefix + "WORKSPACE_BASE", workspace.base());
            env.put(prefix + "WORKSPACE_PATH", workspace.path());
        }
        return env;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
