package io.jenkins.plugins.drone.jenkins.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.FilePlanner;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.PlanOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proves the secret names a fork pull request would get are checked before anything runs: each step that names a
 * withheld secret (and each image pull secret) is reported with the pipeline, the step, the secret and why; steps of
 * excluded pipelines and secrets the build gets are not.
 */
class ForkSecretsTest {

    private static List<PipelinePlan> plans() {
        String file = """
                kind: pipeline
                name: deploy
                image_pull_secrets:
                - dockerconfig
                steps:
                - name: publish
                  image: alpine
                  environment:
                    TOKEN:
                      from_secret: api_token
                    USER:
                      from_secret: user
                ---
                kind: pipeline
                name: nightly
                trigger:
                  event: [cron]
                steps:
                - name: other
                  image: alpine
                  environment:
                    KEY:
                      from_secret: nightly_key
                """;
        BuildContext context = BuildContext.builder().branch("main").event("pull_request").fork(true).build();
        return FilePlanner.plan(".drone.yml", file, context, PlanOptions.DEFAULT).plan().pipelines();
    }

    @Test
    void everyWithheldSecretOfARunningStepIsNamedWithWhy() {
        List<String> messages = WithheldSecrets.of(plans(), Map.of("user", "u"), "no secrets for forks");
        assertEquals(List.of(
                "pipeline \"deploy\", step \"publish\": secret \"api_token\" is withheld: no secrets for forks",
                "pipeline \"deploy\": image pull secret \"dockerconfig\" is withheld: no secrets for forks"), messages);
    }

    @Test
    void nothingIsWithheldWhenTheBuildGetsEverySecretItNames() {
        assertEquals(List.of(), WithheldSecrets.of(plans(), Map.of("user", "u", "api_token", "t", "dockerconfig", "{}"),
                "why"));
    }
}
