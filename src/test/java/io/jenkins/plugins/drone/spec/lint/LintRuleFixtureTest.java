package io.jenkins.plugins.drone.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Proves each lint rule on its own fixture (src/test/resources/spec/lint/<Rule>.yml): untrusted, the file
// gives exactly the diagnostics of <Rule>.expected (message and FILE:LINE:COL); trusted, none of the
// "untrusted repositories" errors, and none of the diagnostics that ask to mark the job trusted, remain. Every rule
// class has a fixture.
class LintRuleFixtureTest {

    static Stream<String> rules() {
        return Stream.of(DuplicatePipelineNameRule.class, PipelineDependencyRule.class, PlatformRule.class,
                PipelineCycleRule.class, StepNameRule.class, DuplicateStepNameRule.class, DuplicateEntryNameRule.class,
                ImageRule.class, TrustedSettingRule.class, VolumeMountRule.class, StepDependencyRule.class,
                PipelineVolumeRule.class, StepCycleRule.class, ResourceValidityRule.class, KnownValueRule.class,
                HealthCheckRule.class, PrivilegedPluginRule.class, ExecTrustRule.class, ExecPipelineKeyRule.class,
                ExecStepKeyRule.class, ExecCommandsRule.class, CacheVolumeRule.class).map(Class::getSimpleName);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LintRuleFixtureTest.class.getResourceAsStream("/spec/lint/" + name)) {
            assertTrue(in != null, "missing fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void fixtureGivesExactlyTheExpectedDiagnostics(String rule) throws IOException {
        String yaml = resource(rule + ".yml");
        List<String> expected = resource(rule + ".expected").lines().toList();
        List<String> actual = Linter.check(rule + ".yml", yaml, false).stream().map(Diagnostic::format).toList();
        assertEquals(expected, actual);
        assertTrue(!expected.isEmpty(), "a fixture must trigger its rule");
        Linter.check(rule + ".yml", yaml, true).forEach(d ->
                assertTrue(!d.message().startsWith(Trust.UNTRUSTED) && !d.message().endsWith(Trust.HINT),
                        "trusted: " + d.format()));
    }
}
