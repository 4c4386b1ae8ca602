package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Hudson;
import io.jenkins.plugins.drone.jenkins.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code concurrency: {limit: N}} as Drone means it (docs/drone-semantics.md#several-pipelines): at most N
 * pipelines with that name, of that job, run at once across builds. The others wait in the Jenkins queue, holding
 * no executor, in build order: a pipeline is let through when fewer than N are running or ahead of it (waiting
 * with a lower build number), and from then on holds its place until it has ended.
 */
final class ConcurrencyGate {

    private static final Map<String, List<PipelineExecution>> LIVE = new HashMap<>();
    private static final Set<PipelineExecution> ADMITTED = new HashSet<>();

    private ConcurrencyGate() {}

    /** A limited pipeline was put in the queue; it leaves the gate when it has ended, however it ended. */
    static void enter(PipelineExecution execution) {
        if (execution.concurrencyLimit() <= 0) {
            return;
        }
        synchronized (LIVE) {
            LIVE.computeIfAbsent(key(execution), k -> new ArrayList<>()).add(execution);
        }
        execution.done().whenComplete((status, error) -> leave(execution));
    }

    /** Why the pipeline must wait now ("waiting: concurrency limit 1 (build #41 running deploy)"), or null. */
    static String waitingBecause(PipelineExecution execution) {
        int limit = execution.concurrencyLimit();
        synchronized (LIVE) {
            List<PipelineExecution> same = LIVE.get(key(execution));
            if (limit <= 0 || same == null || ADMITTED.contains(execution)) {
                return null;
            }
            List<PipelineExecution> running = same.stream().filter(ADMITTED::contains).toList();
            List<PipelineExecution> ahead = same.stream().filter(e -> !ADMITTED.contains(e)
                    && e.buildNumber() < execution.buildNumber()).toList();
            if (running.size() + ahead.size() < limit) {
                ADMITTED.add(execution);
                return null;
            }
            String name = execution.pipelineName();
            String because = running.isEmpty() ? Messages.concurrencyGateAhead(builds(ahead), name)
                    : Messages.concurrencyGateRunning(builds(running), name);
            return Messages.concurrencyGateWaiting(Integer.toString(limit), because);
        }
    }

    private static void leave(PipelineExecution execution) {
        synchronized (LIVE) {
            ADMITTED.remove(execution);
            List<PipelineExecution> same = LIVE.get(key(execution));
            if (same != null) {
                same.remove(execution);
                if (same.isEmpty()) {
                    LIVE.remove(key(execution));
                }
            }
        }
        Hudson.getInstance().getQueue().scheduleMaintenance(); // the next one in line need not wait for the timer
    }

    private static String builds(List<PipelineExecution> executions) {
        return executions.stream().map(e -> "#" + e.buildNumber()).collect(Collectors.joining(", "));
    }

    private static String key(PipelineExecution execution) {
        return execution.job().getFullName() + "\u0000" + execution.pipelineName();
    }
}
