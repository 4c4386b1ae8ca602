package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Pipeline;
import java.util.List;

/**
 * A warning for each pipeline key of a docker pipeline that Drone's exec runner ignores (services, volumes, image
 * pull secrets): nothing of it exists on the host, so nothing of it happens.
 */
public final class ExecPipelineKeyRule implements PipelineRule {

    private static final List<String> IGNORED = List.of("services", "volumes", "image_pull_secrets");

    @Override
    public void check(LintContext ctx) {
        Pipeline p = ctx.pipeline();
        for (String key : IGNORED) {
            if (p.keys().containsKey(key)) {
                ctx.report(Diagnostic.warning(p.at(key), "`" + key + "` is ignored in an exec pipeline: its steps run as "
                        + "processes on the agent, without containers"));
            }
        }
    }
}
