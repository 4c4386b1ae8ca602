package io.jenkins.plugins.drone.jenkins.triggers;

import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import io.jenkins.plugins.drone.jenkins.forge.ForgeLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which polled refs of a linked job build, as a webhook would have: a branch whose head moved builds a
 * {@code push} (before = the head last seen), a new branch a {@code push} without before, a new tag a
 * {@code tag}; the branch filter applies to branches. On the very first poll only the job's branch builds:
 * the rest of the repository's history is taken as already built.
 */
final class PolledRefs {

    private PolledRefs() {}

    static List<BuildEvent> toBuild(Map<String, String> remote, Map<String, String> seen, boolean firstPoll,
                                    ForgeLink link, String jobBranch) {
        List<BuildEvent> events = new ArrayList<>();
        for (Map.Entry<String, String> ref : remote.entrySet()) {
            String name = ref.getKey();
            String commit = ref.getValue();
            String before = seen.getOrDefault(name, "");
            if (commit.equals(before)) {
                continue;
            }
            if (name.startsWith("refs/heads/")) {
                String branch = name.substring("refs/heads/".length());
                if ((!firstPoll || branch.equals(jobBranch)) && link.buildsBranch(branch)) {
                    events.add(BuildEvent.builder().event("push").ref(name).branch(branch).sourceBranch(branch)
                            .commit(commit).before(before).build());
                }
            } else if (name.startsWith("refs/tags/") && !firstPoll && before.isEmpty()) {
                events.add(BuildEvent.builder().event("tag").action("created").ref(name).commit(commit).build());
            }
        }
        return events;
    }
}
