package io.jenkins.plugins.drone.jenkins.agent;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves what an agent coming online pre-pulls: the images of the pipelines last routed to labels it has (and
 * of those routed to any agent), newest first, each once, at most the bound; pipelines routed elsewhere are left
 * out, and only the newest {@link RecentImages#KEPT} dispatches are remembered.
 */
class RecentImagesTest {

    @Test
    void picksTheNewestImagesOfPipelinesRoutedToTheNodesLabelsEachOnceWithinTheBound() {
        RecentImages recent = new RecentImages();
        recent.record("docker", pipeline(step("a").image("golang:1.22"), step("b").image("node:20")));
        recent.record("arm", pipeline(step("c").image("arm-only:1")));
        recent.record("", pipeline(step("d").image("alpine:3")));
        recent.record("docker && linux", pipeline(step("e").image("node:20"), step("f").image("redis:7")));

        List<String> picked = recent.forNode(expression -> expression.contains("docker"), 3);

        assertEquals(List.of("node:20", "redis:7", "alpine:3"), picked);
        assertEquals(List.of("node:20", "redis:7", "alpine:3", "golang:1.22"),
                recent.forNode(expression -> expression.contains("docker"), 10));
        assertEquals(List.of("alpine:3"), recent.forNode(expression -> false, 10));
    }

    @Test
    void pipelinesWithoutImagesAreNotRememberedAndOnlyTheNewestDispatchesAreKept() {
        RecentImages recent = new RecentImages();
        recent.record("docker", pipeline(step("clone").clone()));
        assertEquals(List.of(), recent.forNode(expression -> true, 10));

        for (int i = 0; i <= RecentImages.KEPT; i++) {
            recent.record("docker", pipeline(step("s").image("image:" + i)));
        }
        List<String> all = recent.forNode(expression -> true, 1000);
        assertEquals(RecentImages.KEPT, all.size());
        assertEquals("image:" + RecentImages.KEPT, all.get(0));
        assertEquals("image:1", all.get(all.size() - 1));
    }
}
