package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proves a run request carries only what its pipeline uses: the secrets it names (an unused secret does not
 * reach it, and its text shows no value) and the registry credentials of its images' hosts; and that it
 * survives Java serialisation (the agent channel) unchanged.
 */
class RunRequestTest {

    private static final Map<String, String> ALL_SECRETS = Map.of("Token", "t0k", "unused", "never-sent",
            "pull", "{\"auths\":{\"registry.example.com\":{\"username\":\"u\",\"password\":\"p\"}}}");

    @Test
    void anUnusedSecretDoesNotReachTheRequest() {
        RunRequest request = RunRequest.builder(pipeline(step("s", "x").secret("TOKEN", "token")))
                .secrets(SecretSource.of(ALL_SECRETS)).build();

        assertEquals(Map.of("token", "t0k"), request.secrets());
        assertFalse(request.toString().contains("t0k"), request::toString);
    }

    @Test
    void onlyTheCredentialsOfTheImagesRegistriesGoAlong() {
        PipelinePlan plan = TestPlans.pulling(List.of("pull"),
                step("a", "x").image("registry.example.com/app:1"), step("b", "x"));
        String configured = "{\"auths\":{\"docker.io\":{\"username\":\"hub\",\"password\":\"h\"},"
                + "\"elsewhere.example.org\":{\"username\":\"other\",\"password\":\"o\"}}}";

        RunRequest request = RunRequest.builder(plan).registryConfigs(List.of(configured))
                .secrets(SecretSource.of(ALL_SECRETS)).build();

        assertEquals(List.of(new RegistryAuth("registry.example.com", "u", "p"), new RegistryAuth("docker.io", "hub", "h")),
                request.registryAuths());
        assertEquals(List.of("pull"), List.copyOf(request.secrets().keySet()));
    }

    @Test
    void survivesSerialisationUnchanged() throws IOException, ClassNotFoundException {
        RunRequest request = RunRequest.builder(pipeline(step("s", "x").secret("TOKEN", "token").mount("cache", "/c")))
                .context(BuildContext.builder().remoteUrl("https://example.com/r.git").branch("main").build())
                .runId("run1").label("job", "j").timeout(Duration.ofMinutes(5)).hostWorkspace(Path.of("/ws"))
                .failedStages(List.of("first")).secrets(SecretSource.of(ALL_SECRETS)).build();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(request);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(request, in.readObject());
        }
    }
}
