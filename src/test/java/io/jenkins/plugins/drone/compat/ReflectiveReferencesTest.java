package io.jenkins.plugins.drone.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.jenkins.modern.ModernCoreTypes;
import io.jenkins.plugins.drone.jenkins.modern.ModernCoreTypes.CoreReference;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

// The core names the plugin uses by reflection, and in the classes it defines at runtime, are the guard's business
// too, though no compiled class refers to them: every one of ModernCoreTypes.REFERENCES exists in each Jenkins of
// src/compat/data (class, constructor, the overridden javax process), the generated class files refer to core
// only through that list (and to the servlet API Jenkins ships), and a name Jenkins lacks is reported.
class ReflectiveReferencesTest {

    private static final Path DATA = Path.of("src/compat/data");
    private static final Path SERVLET = Path.of("target/compat/javax.servlet-api.jar");
    private static final String PLUGIN = "io/jenkins/plugins/drone/jenkins/webhook/";

    @Test
    void everyReflectiveReferenceExistsInEachJenkins() {
        for (ApiSurface surface : surfaces()) {
            ApiReport report = ApiCheck.run("reflective", Map.of(), references(ModernCoreTypes.REFERENCES), surface);
            assertEquals(List.of(), report.missing(), surface.label());
            assertEquals(ModernCoreTypes.REFERENCES.size(), report.checked().size(), report.summary());
        }
    }

    @Test
    void theGeneratedClassesReferToCoreOnlyThroughTheList() {
        Map<Reference, String> collected = new LinkedHashMap<>();
        ReferenceCollector.collect(ModernCoreTypes.crumbExclusion(PLUGIN + "Exclusion",
                PLUGIN + "WebhookCrumbExclusion"), collected);
        ReferenceCollector.collect(ModernCoreTypes.unprotectedAction(PLUGIN + "Action", PLUGIN + "DroneWebhooks"),
                collected);
        Set<String> listed = references(ModernCoreTypes.REFERENCES).keySet().stream().map(Reference::toString)
                .collect(Collectors.toSet());
        List<String> core = collected.keySet().stream()
                .filter(r -> r.owner().startsWith("hudson/") || r.owner().startsWith("jenkins/"))
                .map(Reference::toString).toList();
        assertTrue(core.contains("class hudson.model.UnprotectedRootAction"), core.toString());
        assertTrue(core.contains("constructor hudson.security.csrf.CrumbExclusion()V"), core.toString());
        assertTrue(listed.containsAll(core), core + " not all in " + listed);
        for (ApiSurface surface : surfaces()) {
            assertEquals(List.of(), ApiCheck.run("generated", Map.of(), collected, surface).missing());
        }
    }

    @Test
    void aNameJenkinsLacksIsReported() {
        List<CoreReference> wrong = List.of(new CoreReference(ModernCoreTypes.CRUMB_EXCLUSION, "process",
                "(Ljava/lang/String;)Z"), new CoreReference("hudson/model/ProtectedRootAction", "", ""));
        ApiReport report = ApiCheck.run("reflective", Map.of(), references(wrong), surfaces().get(1));
        assertEquals(2, report.missing().size(), report.missing().toString());
    }

    private static List<ApiSurface> surfaces() {
        return List.of(ApiSurface.load(DATA, SERVLET), ApiSurface.load(DATA.resolve("lts-2.479.3"), SERVLET));
    }

    private static Map<Reference, String> references(List<CoreReference> list) {
        Map<Reference, String> references = new HashMap<>();
        for (CoreReference r : list) {
            references.put(r.isClass() ? Reference.type(r.owner())
                    : new Reference(Reference.Kind.METHOD, r.owner(), r.name(), r.descriptor(), false, false),
                    "ModernCoreTypes.REFERENCES");
        }
        return references;
    }
}
