package io.jenkins.plugins.drone.jenkins.triggers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import io.jenkins.plugins.drone.jenkins.forge.ForgeKind;
import io.jenkins.plugins.drone.jenkins.forge.ForgeLink;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Proves which polled refs build: a moved branch with the head seen before as before, a new branch without,
 * a new tag; nothing unchanged, nothing the branch filter leaves out; the first poll builds the job's branch only.
 */
class PolledRefsTest {

    private static final ForgeLink ALL = new ForgeLink(ForgeKind.GITEA, "o/r", "", null, null);

    @Test
    void movedAndNewBranchesAndNewTagsBuild() {
        Map<String, String> seen = Map.of("refs/heads/main", "a1", "refs/heads/old", "b1", "refs/tags/v1", "c1");
        Map<String, String> remote = Map.of("refs/heads/main", "a2", "refs/heads/old", "b1", "refs/heads/feature", "d1",
                "refs/tags/v1", "c1", "refs/tags/v2", "e1");
        Map<String, BuildEvent> events = byRef(PolledRefs.toBuild(remote, seen, false, ALL, "main"));
        assertEquals(List.of("refs/heads/feature", "refs/heads/main", "refs/tags/v2"), List.copyOf(events.keySet()));
        assertEquals("a1", events.get("refs/heads/main").getBefore());
        assertEquals("a2", events.get("refs/heads/main").getCommit());
        assertEquals("push", events.get("refs/heads/main").getEvent());
        assertEquals("", events.get("refs/heads/feature").getBefore());
        assertEquals("feature", events.get("refs/heads/feature").getBranch());
        assertEquals("tag", events.get("refs/tags/v2").getEvent());
    }

    @Test
    void theBranchFilterAppliesAndTheFirstPollBuildsTheJobsBranchOnly() {
        Map<String, String> remote = Map.of("refs/heads/main", "a", "refs/heads/wip", "b", "refs/tags/v1", "c");
        ForgeLink mainOnly = new ForgeLink(ForgeKind.GITEA, "o/r", "", null, null, "main release/*", false);
        assertEquals(List.of("refs/heads/main", "refs/tags/v1"),
                List.copyOf(byRef(PolledRefs.toBuild(remote, Map.of(), false, mainOnly, "main")).keySet()));
        assertEquals(List.of("refs/heads/main"),
                List.copyOf(byRef(PolledRefs.toBuild(remote, Map.of(), true, ALL, "main")).keySet()));
    }

    private static Map<String, BuildEvent> byRef(List<BuildEvent> events) {
        return events.stream().collect(Collectors.toMap(BuildEvent::getRef, e -> e, (a, b) -> a,
                java.util.TreeMap::new));
    }
}
