package io.jenkins.plugins.drone.engine.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.engine.DockerSupport;
import io.jenkins.plugins.drone.engine.TestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the pre-pull on real Docker without a registry: an image present locally is left as it is, a missing
 * one is tried and its failed pull is reported without an exception (and without creating the image), and once
 * the time budget is spent the remaining images are not tried.
 */
class ImageWarmerTest {

    private static final String MISSING = "drone-pipeline/never-built:prepull";

    @Test
    void leavesPresentImagesPullsMissingOnesAndStopsWhenTheBudgetIsSpent() {
        List<String> outcomes = ImageWarmer.warm(DockerSupport.ENGINE, List.of(TestPlans.BUSYBOX, MISSING), 60_000);

        assertEquals(TestPlans.BUSYBOX + ": present", outcomes.get(0));
        assertTrue(outcomes.get(1).startsWith(MISSING + ": not pulled ("), outcomes.get(1));
        assertFalse(new ImagePuller(DockerSupport.DOCKER).exists(MISSING));

        assertEquals(List.of(TestPlans.BUSYBOX + ": not tried, out of time"),
                ImageWarmer.warm(DockerSupport.ENGINE, List.of(TestPlans.BUSYBOX), 0));
    }
}
