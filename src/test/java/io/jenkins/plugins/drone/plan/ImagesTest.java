package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

// Proves image normalisation (docs/drone-semantics.md#steps-and-services) and the automatic privileged rule of plugin
// images (docs/drone-semantics.md#privileged-plugins).
class ImagesTest {

    @Test
    void normalisesLikeDocker() {
        assertEquals("docker.io/library/golang:latest", Images.normalize("golang"));
        assertEquals("docker.io/acme/x:latest", Images.normalize("acme/x"));
        assertEquals("docker.io/library/golang:1.22", Images.normalize("golang:1.22"));
        assertEquals("docker.io/acme/x:latest", Images.normalize("index.docker.io/acme/x"));
        assertEquals("localhost:5000/x:latest", Images.normalize("localhost:5000/x"));
        assertEquals("gcr.io/p/x@sha256:abc", Images.normalize("gcr.io/p/x@sha256:abc"));
        assertTrue(Images.isLatest("alpine"));
        assertFalse(Images.isLatest("alpine:3.19"));
    }

    @Test
    void defaultPullPolicyPullsFirstOnlyForLatest() {
        assertTrue(Entries.step("a").pullFirst());
        StepPlan pinned = Entries.withImage("b", "alpine:3.19", RunPolicy.ON_SUCCESS, ErrorPolicy.FAIL, false);
        assertFalse(pinned.pullFirst());
    }

    @Test
    void pluginImagesArePrivilegedOnlyWhenNothingIsOverridden() {
        assertTrue(Images.isPrivilegedPlugin("plugins/docker:20", false, Set.of()));
        assertTrue(Images.isPrivilegedPlugin("docker.io/plugins/ecr", false, Set.of("PLUGIN_REPO")));
        assertFalse(Images.isPrivilegedPlugin("plugins/docker", true, Set.of()));
        assertFalse(Images.isPrivilegedPlugin("plugins/docker", false, Set.of("DOCKER_HOST")));
        assertFalse(Images.isPrivilegedPlugin("plugins/slack", false, Set.of()));
        assertFalse(Images.isPrivilegedPlugin("evil/plugins/docker", false, Set.of()));
    }
}
