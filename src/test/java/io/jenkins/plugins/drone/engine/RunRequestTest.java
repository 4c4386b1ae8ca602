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
 * reach it, and its text shows no value), the registry credentials of its images' hosts, and the git
 * credentials only when it clones or its steps get netrc (masked either way); and that it survives Java
 * serialisation (the agent channel) unchanged.
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

    private static final GitAuth TOKEN = new GitAuth("ci", "robot", "git-t0ken", "", "", "", false, false);

    @Test
    void gitCredentialsGoOnlyToAPipelineThatClones() {
        RunRequest cloning = RunRequest.builder(pipeline(step("clone").clone(), step("s", "x"))).gitAuth(TOKEN).build();
        RunRequest notCloning = RunRequest.builder(pipeline(step("s", "x"))).gitAuth(TOKEN).build();

        assertEquals(TOKEN, cloning.gitAuth());
        assertEquals(GitAuth.NONE, notCloning.gitAuth());
        assertEquals(Map.of(), cloning.stepNetrc(), "by default the steps get no netrc");
        assertEquals("git-t0ken", cloning.maskedValues().get("git password of ci"));
        assertFalse(cloning.toString().contains("git-t0ken"), cloning::toString);
    }

    @Test
    void stepsGetTheNetrcOnlyWhenTheJobOptsIn() {
        GitAuth forSteps = new GitAuth("ci", "robot", "git-t0ken", "", "", "", false, true);
        RunRequest request = RunRequest.builder(pipeline(step("s", "x"))).gitAuth(forSteps)
                .context(BuildContext.builder().remoteUrl("https://git.example.com/a/b.git").build()).build();

        assertEquals(Map.of("DRONE_NETRC_MACHINE", "git.example.com", "DRONE_NETRC_USERNAME", "robot",
                "DRONE_NETRC_PASSWORD", "git-t0ken"), request.stepNetrc());
    }

    @Test
    void survivesSerialisationUnchanged() throws IOException, ClassNotFoundException {
        RunRequest request = RunRequest.builder(pipeline(step("s", "x").secret("TOKEN", "token").mount("cache", "/c")))
                .context(BuildContext.builder().remoteUrl("https://example.com/r.git").branch("main").build())
                .runId("run1").label("job", "j").timeout(Duration.ofMinutes(5)).hostWorkspace(Path.of("/ws"))
                .failedStages(List.of("first")).secrets(SecretSource.of(ALL_SECRETS)).build();
        RunRequest cloning = RunRequest.builder(pipeline(step("clone").clone()))
                .gitAuth(new GitAuth("k", "", "", "KEY", "pass", "host ssh-rsa AAAA", true, false)).build();

        assertEquals(request, roundTrip(request));
        assertEquals(cloning, roundTrip(cloning));
    }

    private static Object roundTrip(RunRequest request) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(request);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
