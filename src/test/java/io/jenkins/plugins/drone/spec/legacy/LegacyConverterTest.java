package io.jenkins.plugins.drone.spec.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.List;
import org.junit.jupiter.api.Test;

// Proves the converter rules (docs/drone-semantics.md#legacy-conversion) the corpus does not cover: branch excludes,
// deployment → promote, clone containers and renamed duplicates, pull: true, settings re-typed like Drone's
// print/parse round trip, only the first document read, and positions that point into the 0.8 file.
class LegacyConverterTest {

    private static final String FILE = """
            branches:
              include: [main]
              exclude: [wip/*]
            clone:
              git:
                image: plugins/git
                depth: 5
            pipeline:
              git:
                image: alpine
                pull: true
              deploy:
                image: plugins/docker
                tags: ["1.10", latest]
                debug: "true"
                group: build
                when:
                  event: [push, deployment]
                  environment: production
            ---
            kind: signature
            hmac: abc
            """;

    private static Pipeline convert() {
        ParseResult r = ManifestParser.parse("old.yml", FILE);
        assertEquals(List.of("old.yml:9:3: warning: step name `git` is used again: this one is renamed `git_2`, as Drone's converter does"),
                r.diagnostics().stream().map(Object::toString).toList());
        assertTrue(r.manifest().legacy());
        return r.manifest().pipelines().get(0);
    }

    @Test
    void branchesWithExcludesBecomeABranchTrigger() {
        Pipeline p = convert();
        assertEquals(List.of("main"), p.trigger().branch().include());
        assertEquals(List.of("wip/*"), p.trigger().branch().exclude());
        assertTrue(!p.trigger().ref().isPresent());
    }

    @Test
    void cloneContainersComeFirstAndDuplicatesAreRenamed() {
        Pipeline p = convert();
        assertTrue(p.cloning().disable());
        assertEquals(List.of("git", "git_2", "deploy"), p.steps().stream().map(Step::name).toList());
        assertEquals("5", ((YamlValue.Scalar) p.steps().get(0).settings().get("depth")).text());
        assertEquals("always", p.steps().get(1).pull());
    }

    @Test
    void whenAndSettingsFollowTheConverter() {
        Step deploy = convert().steps().get(2);
        assertEquals(List.of("push", "promote"), deploy.when().event().include());
        assertEquals(List.of("production"), deploy.when().target().include());
        YamlValue.Sequence tags = (YamlValue.Sequence) deploy.settings().get("tags");
        assertEquals(1.1, ((YamlValue.Scalar) tags.items().get(0)).resolved());
        assertEquals(Boolean.TRUE, ((YamlValue.Scalar) deploy.settings().get("debug")).resolved());
        assertEquals("build", ((YamlValue.Scalar) deploy.settings().get("group")).text());
    }

    @Test
    void positionsPointIntoTheOriginalFile() {
        Step deploy = convert().steps().get(2);
        assertEquals(12, deploy.position().line());
        assertEquals(13, deploy.at("image").line());
    }
}
