package io.jenkins.plugins.drone.jenkins.agent;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The images of the last pipelines put in the queue, with the label expression each was routed by (kept in memory,
 * the newest {@link #KEPT}), so that an agent coming online can pre-pull what builds routed to its labels used.
 * Thread-safe.
 */
public final class RecentImages {

    /** How many dispatched pipelines are remembered. */
    static final int KEPT = 100;
    /** The controller's record, fed by the queue dispatcher. */
    public static final RecentImages DISPATCHED = new RecentImages();

    /** One dispatched pipeline: its label expression (empty: any agent) and its images. */
    private record Routed(String labelExpression, List<String> images) {}

    private final Deque<Routed> routed = new ArrayDeque<>();

    /** Remembers the images of {@code pipeline}, routed by {@code labelExpression}; the oldest record goes past {@link #KEPT}. */
    public synchronized void record(String labelExpression, PipelinePlan pipeline) {
        List<String> images = pipeline.steps().stream().map(StepPlan::image).filter(Objects::nonNull).distinct().toList();
        if (images.isEmpty()) {
            return;
        }
        routed.addFirst(new Routed(labelExpression == null ? "" : labelExpression, images));
        if (routed.size() > KEPT) {
            routed.removeLast();
        }
    }

    /**
     * At most {@code max} distinct images, those of the newest pipelines first, of the pipelines routed to a label
     * expression that {@code routesHere} accepts (an empty expression always does: any agent may run it).
     */
    public synchronized List<String> forNode(Predicate<String> routesHere, int max) {
        Set<String> picked = new LinkedHashSet<>();
        for (Routed r : routed) {
            if (r.labelExpression().isEmpty() || routesHere.test(r.labelExpression())) {
                for (Iterator<String> image = r.images().iterator(); image.hasNext() && picked.size() < max; ) {
                    picked.add(image.next());
                }
            }
        }
        return new ArrayList<>(picked);
    }
}
