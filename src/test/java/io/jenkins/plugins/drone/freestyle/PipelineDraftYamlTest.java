package io.jenkins.plugins.drone.freestyle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.spec.EnvValue;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.Substitution;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Proves that whatever text the converter puts in a step survives Drone's reading of the file unchanged:
// ${...} substitution on the raw text (docs/drone-semantics.md#substitution), document splitting
// (docs/drone-semantics.md#document-splitting), the 0.8 detector (docs/drone-semantics.md#legacy-detection) and YAML
// 1.1 typing, with the spec package's own parser and linter as the judge.
class PipelineDraftYamlTest {

    private static final List<String> AWKWARD = List.of(
            "bundle exec rspec -fd", "true", "No", "~", "null", "007", "1.10", "0x10", "", " padded ",
            "- dash", "key: value", "echo a # b", "ends:", "* glob", "!tag", "&anchor", "@at", "%pct", "`tick`",
            "'single'", "\"double\"", "./gradlew build", ".inf", "echo ${HOME} $HOME $$ $${X} ${#A}",
            "say \"hi\\n\" 'x'", "tab\there", "bell\u0007", "ünïcödé ✓ 𝄞", "nel\u0085ls\u2028ps\u2029bom\ufeffc1\u009b",
            "multi\nline\u2028sep", "cat > .drone.yml <<EOF\npipeline:\n---\nEOF",
            "cat > f <<'EOF'\n---\n...\n  indented: yes\n\n# data\n\tTabbed\nEOF",
            "trailing newline\n", "  \nspaces-only line", "line\r\nwith cr");

    @Test
    void commandsAndEnvironmentReadBackVerbatimAfterSubstitution() {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < AWKWARD.size(); i++) {
            env.put("V" + i, AWKWARD.get(i));
        }
        String yaml = new PipelineDraft("default", List.of("a comment: ${X} --- #", "line\nbreaks\u0085in\u2028comments"), env,
                List.of(new StepDraft("shell-1", "alpine:3", AWKWARD, env)), Map.of("label", "yes")).yaml();
        ParseResult parsed = ManifestParser.parse(".drone.yml", Substitution.apply(yaml, Map.of("HOME", "/root", "X", "x")));

        assertEquals(List.of(), Linter.check(parsed, false), yaml);
        Pipeline pipeline = parsed.manifest().pipelines().get(0);
        Step step = pipeline.steps().get(0);
        assertEquals(AWKWARD, step.commands(), yaml);
        assertEquals(env, plain(step.environment()));
        assertEquals(env, plain(pipeline.environment()));
        assertEquals(Map.of("label", "yes"), pipeline.node());
    }

    private static Map<String, String> plain(Map<String, EnvValue> environment) {
        Map<String, String> texts = new LinkedHashMap<>();
        environment.forEach((name, value) -> texts.put(name, ((EnvValue.Plain) value).text()));
        return texts;
    }

    @Test
    void printsInDroneFormatterLayout() {
        String yaml = new PipelineDraft("default", List.of("not converted: x"),
                Map.of("RAILS_ENV", "test"),
                List.of(new StepDraft("install", "ruby:3.3", List.of("bundle install"), Map.of()),
                        new StepDraft("test", "ruby:3.3", List.of("bundle exec rspec"), Map.of("B", "2", "A", "1"))),
                Map.of("label", "docker")).yaml();
        assertEquals("""
                ---
                # not converted: x
                kind: pipeline
                type: docker
                name: default

                steps:
                - name: install
                  image: ruby:3.3
                  commands:
                  - bundle install

                - name: test
                  image: ruby:3.3
                  commands:
                  - bundle exec rspec
                  environment:
                    A: "1"
                    B: "2"

                environment:
                  RAILS_ENV: test

                node:
                  label: docker

                ...
                """, yaml);
    }
}
