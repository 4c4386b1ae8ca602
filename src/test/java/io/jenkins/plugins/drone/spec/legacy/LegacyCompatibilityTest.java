package io.jenkins.plugins.drone.spec.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.FilePlanner;
import io.jenkins.plugins.drone.plan.PlanOptions;
import io.jenkins.plugins.drone.plan.PlanResult;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

// 0.8 files as Drone's server converts them: repeated step names kept and renamed name_2, name_3; top-level keys
// Drone ignores ignored without a word; the workspace from the repository's web link, whichever clone URL form
// the job has.
class LegacyCompatibilityTest {

    private static String fixture(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/spec/legacy-compat", name));
    }

    @Test
    void repeatedStepNamesAreKeptAndRenamed() throws IOException {
        ParseResult r = ManifestParser.parse("d.yml", fixture("duplicate-step-names-renamed.yml"));
        assertEquals(List.of("build", "release", "test", "release_2", "release_3"),
                r.manifest().pipelines().get(0).steps().stream().map(Step::name).toList());
        assertEquals("/tags", ((io.jenkins.plugins.drone.spec.YamlValue.Scalar)
                r.manifest().pipelines().get(0).steps().get(3).settings().get("target")).text());
        assertEquals(List.of(
                "d.yml:13:3: warning: step name `release` is used again: this one is renamed `release_2`, as Drone's converter does",
                "d.yml:16:3: warning: step name `release` is used again: this one is renamed `release_3`, as Drone's converter does"),
                r.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void topLevelKeysDroneIgnoresAreIgnored() throws IOException {
        ParseResult r = ManifestParser.parse("i.yml", fixture("ignored-top-level-keys.yml"));
        assertEquals(List.of(), r.diagnostics());
        assertEquals(List.of("refs/pull/**", "refs/pull-requests/**", "refs/merge-requests/**", "refs/heads/master"),
                r.manifest().pipelines().get(0).trigger().ref().include());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://github.com/acme/shop.git",
        "https://ci:token@github.com/acme/shop.git/",
        "ssh://git@github.com:22/acme/shop.git",
        "git@github.com:acme/shop.git",
        "https://github.com/acme/shop"})
    void theWorkspaceComesFromTheWebLinkOfAnyCloneUrl(String cloneUrl) throws IOException {
        BuildContext build = BuildContext.builder().repo("acme/shop").remoteUrl(cloneUrl).branch("main").build();
        PlanResult r = FilePlanner.plan(".drone.yml", fixture("workspace-from-web-link.yml"), build, PlanOptions.DEFAULT);
        assertEquals("/drone/src/github.com/acme/shop", r.plan().pipelines().get(0).workspace().fullPath());
        assertEquals("https://github.com/acme/shop", r.plan().pipelines().get(0).step("build").process().environment().get("DRONE_REPO_LINK"));
    }
}
