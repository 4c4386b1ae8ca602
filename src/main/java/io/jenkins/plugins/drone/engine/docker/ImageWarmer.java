package io.jenkins.plugins.drone.engine.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * Pre-pulls images a node will likely need soon (those of the last builds routed to it), in order and within a
 * time budget: an image present locally is left as it is, a missing one is pulled; once the budget is spent the
 * rest are not tried and a pull in progress is abandoned. Never throws: a node without registry access simply
 * stays as it is. Private registries are not used (no credentials outside a run).
 */
public final class ImageWarmer {

    private ImageWarmer() {}

    /** Makes {@code images} present on {@code engine}'s Docker within {@code budgetMillis}; one outcome per image. */
    public static List<String> warm(DockerContainerEngine engine, List<String> images, long budgetMillis) {
        ImagePuller puller = new ImagePuller(engine.client());
        long deadline = System.currentTimeMillis() + budgetMillis;
        List<String> outcomes = new ArrayList<>();
        for (String image : images) {
            long left = deadline - System.currentTimeMillis();
            outcomes.add(image + ": " + (left <= 0 ? "not tried, out of time" : warm(puller, image, left)));
        }
        return outcomes;
    }

    private static String warm(ImagePuller puller, String image, long millis) {
        long start = System.currentTimeMillis();
        try {
            if (puller.exists(image)) {
                return "present";
            }
            puller.pull(image, null, millis);
            return "pulled in " + (System.currentTimeMillis() - start) + " ms";
        } catch (RuntimeException e) {
            return "not pulled (" + (e.getMessage() == null ? e.toString() : e.getMessage()) + ")";
        }
    }
}
