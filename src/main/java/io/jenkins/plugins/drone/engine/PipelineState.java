package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.ErrorPolicy;
import io.jenkins.plugins.drone.plan.RunPolicy;
import io.jenkins.plugins.drone.plan.StepKind;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared state every entry is judged against when it becomes ready (docs/drone-semantics.md#run-policy): whether
 * the pipeline is failing, which steps failed, whether exit 78 ended it early or it was cancelled.
 */
final class PipelineState {

    private final List<String> failedSteps = new ArrayList<>();
    private boolean erroredOnly = true;
    boolean exitedEarly;
    /** Why the pipeline was cancelled (user, timeout, failure: fast), or null. */
    volatile String cancelReason;
    boolean failedFast;

    /** Records an entry's end; failures of {@code failure: ignore} entries do not count. */
    void recordEnd(Entry entry) {
        if (entry.status.isFailing() && entry.plan.policies().errorPolicy() != ErrorPolicy.IGNORE) {
            failedSteps.add(entry.name());
            erroredOnly &= entry.status == StepStatus.ERROR;
        }
    }

    boolean failing() {
        return !failedSteps.isEmpty();
    }

    boolean cancelled() {
        return cancelReason != null;
    }

    List<String> failedSteps() {
        return List.copyOf(failedSteps);
    }

    /** A key of what the live variables depend on, to tell whether a container created early is still right. */
    String liveKey() {
        return failing() + "|" + String.join(",", failedSteps);
    }

    /**
     * Why an entry whose dependencies have returned must not run, or null when it runs
     * (docs/drone-semantics.md#run-policy): cancelled, excluded, clone not wanted, exit 78 earlier, or its run policy
     * against the failure state now.
     */
    String skipReason(StepPlan step, boolean cloneEnabled) {
        if (cancelled()) {
            return cancelReason;
        }
        if (!step.verdict().run() || step.policies().runPolicy() == RunPolicy.NEVER) {
            return step.verdict().reason().isEmpty() ? "excluded" : step.verdict().reason();
        }
        if (step.kind() == StepKind.CLONE && !cloneEnabled) {
            return "the workspace is a host directory";
        }
        if (exitedEarly) {
            return "a step exited with code 78";
        }
        boolean runs = step.policies().runPolicy() == RunPolicy.ALWAYS
                || step.policies().runPolicy() == (failing() ? RunPolicy.ON_FAILURE : RunPolicy.ON_SUCCESS);
        return runs ? null : failing() ? "the pipeline is failing" : "runs only when the pipeline fails";
    }

    /** The pipeline's final status; {@code killedOthers} tells whether failure: fast cut other entries short. */
    StepStatus finalStatus(boolean killedOthers) {
        if (cancelled() && !failedFast) {
            return StepStatus.KILLED;
        }
        if (failedFast && killedOthers) {
            return StepStatus.KILLED;
        }
        if (!failing()) {
            return StepStatus.SUCCESS;
        }
        return erroredOnly ? StepStatus.ERROR : StepStatus.FAILURE;
    }
}
