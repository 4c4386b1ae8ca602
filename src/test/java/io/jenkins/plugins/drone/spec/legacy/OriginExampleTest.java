package io.jenkins.plugins.drone.spec.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.EnvValue;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseOptions;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.YamlValue;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

// Proves the worked example of docs/drone-semantics.md#legacy-example: the Ruby/MySQL 0.8 file this project started
// from (test resource plan/golden/origin-08.yml) converts to one pipeline `default` with workspace /drone +
// src/github.com/acme/shop, six steps in order, each `pull: if-not-exists`, slack with its setting, secret and
// status condition, no trigger; and it lints clean.
class OriginExampleTest {

    private static String originFile() throws IOException {
        try (InputStream in = OriginExampleTest.class.getResourceAsStream("/plan/golden/origin-08.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void convertsLikeDrone() throws IOException {
        ParseResult r = ManifestParser.parse(".drone.yml", originFile(), ParseOptions.forRepository("https://github.com/acme/shop"));
        assertEquals(List.of(), r.diagnostics());
        Pipeline p = r.manifest().pipelines().get(0);
        assertEquals("default", p.name());
        assertEquals("/drone", p.workspace().base());
        assertEquals("src/github.com/acme/shop", p.workspace().path());
        assertEquals(List.of("install-deps", "rubocop", "mysql", "wait-mysql", "run-tests", "slack"),
                p.steps().stream().map(Step::name).toList());
        assertTrue(p.steps().stream().allMatch(s -> s.pull().equals("if-not-exists")));
        assertTrue(p.steps().get(2).detach());
        Step slack = p.steps().get(5);
        assertEquals("ci", ((YamlValue.Scalar) slack.settings().get("channel")).text());
        assertEquals("slack_webhook", assertInstanceOf(EnvValue.Secret.class, slack.environment().get("SLACK_WEBHOOK")).secret());
        assertEquals(List.of("failure"), slack.when().status().include());
        assertTrue(!p.trigger().ref().isPresent() && !p.trigger().branch().isPresent());
        assertEquals(List.of(), Linter.lint(r.manifest(), false));
    }
}
