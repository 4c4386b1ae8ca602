package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Decides the order of the pipelines (stages) of one build as Drone's server does
 * (docs/drone-semantics.md#several-pipelines): a pipeline without dependencies starts at once; one whose
 * dependencies have all ended starts or is skipped as {@link PipelinePlan#runsAfterDependencies} says for whether
 * the build has failed so far. Pure: the caller
 * starts the pipelines where it likes (in parallel or one by one) and reports how each ended. One thread only.
 */
public final class StageScheduler {

    /** What to do with the pipeline at {@code index} of the list the scheduler was made with. */
    public sealed interface Decision permits Start, Skip {
        /** Position of the pipeline in the scheduler's list. */
        int index();

        /** The pipeline decided on. */
        PipelinePlan pipeline();
    }

    /**
     * Start the pipeline.
     *
     * @param failedStages the pipelines of the build that had failed by now (DRONE_FAILED_STAGES), in file order
     */
    public record Start(int index, PipelinePlan pipeline, List<String> failedStages) implements Decision {}

    /** The pipeline's stage status is skipped, for {@code reason} (in words). */
    public record Skip(int index, PipelinePlan pipeline, String reason) implements Decision {}

    private enum Phase { WAITING, STARTED, ENDED }

    private final List<PipelinePlan> pipelines;
    private final Phase[] phases;
    private final boolean[] failing;

    /**
     * Schedules those of {@code pipelines} that {@code takePart} (a build: those whose trigger matched, {@code
     * exec --pipeline}: the one named); the others count as ended and not failing.
     */
    public StageScheduler(List<PipelinePlan> pipelines, Predicate<PipelinePlan> takePart) {
        this.pipelines = List.copyOf(pipelines);
        this.phases = new Phase[pipelines.size()];
        this.failing = new boolean[pipelines.size()];
        for (int i = 0; i < phases.length; i++) {
            phases[i] = takePart.test(pipelines.get(i)) ? Phase.WAITING : Phase.ENDED;
        }
    }

    /**
     * The decisions that have become possible since the last call, in file order, repeated until nothing
     * changes (a skip can release others); every pipeline is decided once.
     */
    public List<Decision> next() {
        List<Decision> decisions = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < phases.length; i++) {
                if (phases[i] == Phase.WAITING && dependenciesEnded(pipelines.get(i))) {
                    decisions.add(decide(i));
                    changed = true;
                }
            }
        }
        return decisions;
    }

    private Decision decide(int index) {
        PipelinePlan pipeline = pipelines.get(index);
        boolean failed = IntStream.range(0, failing.length).anyMatch(i -> failing[i]);
        if (!pipeline.dependsOn().isEmpty() && !pipeline.runsAfterDependencies(failed)) {
            phases[index] = Phase.ENDED;
            return new Skip(index, pipeline, failed ? "skipped: the build has failed" : "skipped: runs only when the build fails");
        }
        phases[index] = Phase.STARTED;
        return new Start(index, pipeline, failedStages());
    }

    /** The pipeline at {@code index} has ended; {@code failed} when its status is a failing one. */
    public void ended(int index, boolean failed) {
        phases[index] = Phase.ENDED;
        failing[index] = failed;
    }

    /** Whether a started pipeline has not ended yet. */
    public boolean running() {
        return Arrays.asList(phases).contains(Phase.STARTED);
    }

    /** The pipelines still waiting for their dependencies (an aborted build skips them). */
    public List<Integer> waiting() {
        return IntStream.range(0, phases.length).filter(i -> phases[i] == Phase.WAITING).boxed().toList();
    }

    private List<String> failedStages() {
        return IntStream.range(0, failing.length).filter(i -> failing[i]).mapToObj(i -> pipelines.get(i).name()).toList();
    }

    /** A dependency that names no pipeline of the list does not hold anything up. */
    private boolean dependenciesEnded(PipelinePlan pipeline) {
        return pipeline.dependsOn().stream().allMatch(name -> IntStream.range(0, phases.length)
                .noneMatch(i -> pipelines.get(i).name().equals(name) && phases[i] != Phase.ENDED));
    }
}
