package io.jenkins.plugins.drone.spec.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.FilePlanner;
import io.jenkins.plugins.drone.plan.PlanOptions;
import io.jenkins.plugins.drone.plan.PlanResult;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

// A file of 5,000 pipelines each depending on the one before: lint and plan walk the whole chain without recursion
// (no stack overflow, no "internal error") and still find a cycle closed at its far end.
class LongChainTest {

    private static String chain(int n, boolean closed) {
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < n; i++) {
            y.append("---\nkind: pipeline\nname: p").append(i).append("\nsteps:\n- name: s\n  image: alpine\n");
            if (i > 0 || closed) {
                y.append("depends_on: [p").append(i == 0 ? n - 1 : i - 1).append("]\n");
            }
        }
        return y.toString();
    }

    @Test
    void aLongChainLintsAndPlans() {
        String text = chain(5_000, false);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertEquals(List.of(), Linter.check("c.yml", text, false));
            PlanResult r = FilePlanner.plan("c.yml", text, BuildContext.builder().branch("main").build(), PlanOptions.DEFAULT);
            assertTrue(r.ok(), r.diagnostics().toString());
            assertEquals(List.of("p4998"), r.plan().pipeline("p4999").dependsOn());
        });
    }

    @Test
    void aCycleAtTheFarEndIsFound() {
        List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Linter.check("c.yml", chain(5_000, true), false));
        assertTrue(found.stream().anyMatch(d -> d.message().startsWith("Error: Dependency cycle detected")), found.toString().substring(0, 300));
        assertTrue(found.stream().noneMatch(d -> d.message().contains("internal error")));
    }
}
