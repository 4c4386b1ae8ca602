package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.Images;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.Step;
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
        assertTrue(Images.isPrivilegedPlugin(step("image: plugins/docker:20")));
        assertTrue(Images.isPrivilegedPlugin(step("image: docker.io/plugins/ecr\n  environment: {PLUGIN_REPO: x}")));
        assertFalse(Images.isPrivilegedPlugin(step("image: plugins/docker\n  commands: [docker info]")));
        assertFalse(Images.isPrivilegedPlugin(step("image: plugins/docker\n  entrypoint: [sh]")));
        assertFalse(Images.isPrivilegedPlugin(step("image: plugins/docker\n  environment: {DOCKER_HOST: x}")));
        assertFalse(Images.isPrivilegedPlugin(step("image: plugins/slack")));
        assertFalse(Images.isPrivilegedPlugin(step("image: evil/plugins/docker")));
    }

    /** The one step of a pipeline whose step is {@code - name: s} followed by {@code fields}. */
    private static Step step(String fields) {
        String yaml = "kind: pipeline\nsteps:\n- name: s\n  " + fields + "\n";
        return ManifestParser.parse("x.yml", yaml).manifest().pipelines().get(0).steps().get(0);
    }
}
