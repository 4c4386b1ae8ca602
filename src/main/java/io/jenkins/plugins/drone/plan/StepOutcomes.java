package io.jenkins.plugins.drone.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicts the status of every entry of one pipeline for assumed exit codes, following Drone's run-policy
 * switch (docs/drone-semantics.md#run-policy): the pipeline's failure flag is read when an entry becomes ready;
 * {@code failure: ignore} does not set it; {@code failure: fast} cancels what is pending; exit code 78 skips what
 * is pending; detached entries never fail. An entry that runs after a failure gets the environment the engine gives it then:
 * {@code DRONE_STAGE_STATUS=failure}, and {@code DRONE_BUILD_STATUS=failure} also when an earlier pipeline failed.
 */
final class StepOutcomes {

    /** The entries with outcomes, and whether the pipeline ends failed. */
    record Prediction(List<StepPlan> entries, boolean failed) {}

    /** Something that happened at a moment of the simulated run and changes later decisions. */
    private record Event(int time, String step) {}

    private final List<StepPlan> entries;
    private final Map<String, Integer> exitCodes;
    private final List<StepPlan> result;
    private final List<Event> failures = new ArrayList<>();
    private final List<Event> cancels = new ArrayList<>();
    private final List<Event> exit78s = new ArrayList<>();

    private final boolean buildFailedBefore;

    private StepOutcomes(List<StepPlan> entries, Map<String, Integer> exitCodes, boolean buildFailedBefore) {
        this.entries = entries;
        this.exitCodes = exitCodes;
        this.buildFailedBefore = buildFailedBefore;
        this.result = new ArrayList<>(entries);
    }

    /**
     * Predicts with {@code exitCodes} (entry name -> exit code; absent means 0); {@code buildFailedBefore}: a
     * pipeline of the build had failed when this one started.
     */
    static Prediction predict(List<StepPlan> entries, Map<String, Integer> exitCodes, boolean buildFailedBefore) {
        StepOutcomes run = new StepOutcomes(entries, exitCodes, buildFailedBefore);
        List<Integer> stuck = DependencyClock.walk(
                entries.stream().map(StepPlan::name).toList(),
                entries.stream().map(StepPlan::dependsOn).toList(),
                run::visit);
        stuck.forEach(i -> run.result.set(i, entries.get(i).withOutcome(Outcome.SKIPPED, "skipped: dependency cycle")));
        return new Prediction(List.copyOf(run.result), !run.failures.isEmpty());
    }

    private int visit(int index, int now) {
        StepPlan planned = entries.get(index);
        String skip = skipReason(planned, now);
        if (skip != null) {
            result.set(index, planned.withOutcome(planned.verdict().run() ? Outcome.SKIPPED : Outcome.EXCLUDED, skip));
            return 0;
        }
        StepPlan entry = withStatusAt(planned, now);
        int code = exitCodes.getOrDefault(entry.name(), 0);
        if (entry.policies().detach()) {
            result.set(index, entry.withOutcome(Outcome.SUCCESS, ""));
            return 0;
        }
        if (code == 0 || code == 78) {
            if (code == 78) {
                exit78s.add(new Event(now + 1, entry.name()));
            }
            result.set(index, entry.withOutcome(Outcome.SUCCESS, code == 78 ? "exit code 78: skips the rest" : ""));
            return 1;
        }
        result.set(index, entry.withOutcome(Outcome.FAILURE, failureReason(entry, code)));
        if (entry.policies().errorPolicy() != ErrorPolicy.IGNORE) {
            failures.add(new Event(now + 1, entry.name()));
        }
        if (entry.policies().errorPolicy() == ErrorPolicy.FAIL_FAST) {
            cancels.add(new Event(now + 1, entry.name()));
        }
        return 1;
    }

    /** Why the entry does not run at {@code now} ("" when excluded), or null when it runs. */
    private String skipReason(StepPlan entry, int now) {
        if (!entry.verdict().run() || entry.policies().runPolicy() == RunPolicy.NEVER) {
            return "";
        }
        Event cancel = firstBy(cancels, now);
        if (cancel != null) {
            return "skipped: pipeline cancelled after step " + cancel.step() + " failed (failure: fast)";
        }
        Event exit78 = firstBy(exit78s, now);
        if (exit78 != null) {
            return "skipped: exit code 78 from " + exit78.step();
        }
        Event failure = firstBy(failures, now);
        if (entry.policies().runPolicy() == RunPolicy.ON_FAILURE && failure == null) {
            return "skipped: runs on failure and no step failed";
        }
        if (entry.policies().runPolicy() == RunPolicy.ON_SUCCESS && failure != null) {
            return "skipped: step " + failure.step() + " failed";
        }
        return null;
    }

    /** The entry with the statuses it sees when it starts at {@code now} (unchanged while all is green). */
    private StepPlan withStatusAt(StepPlan entry, int now) {
        boolean stageFailing = firstBy(failures, now) != null;
        if (!stageFailing && !buildFailedBefore) {
            return entry;
        }
        Map<String, String> environment = new LinkedHashMap<>(entry.process().environment());
        environment.put("DRONE_STAGE_STATUS", stageFailing ? "failure" : "success");
        environment.put("DRONE_BUILD_STATUS", "failure");
        return entry.withEnvironment(environment);
    }

    private static String failureReason(StepPlan entry, int code) {
        return switch (entry.policies().errorPolicy()) {
            case IGNORE -> "exit code " + code + ", ignored (failure: ignore)";
            case FAIL_FAST -> "exit code " + code + ", cancels the pipeline (failure: fast)";
            case FAIL -> "exit code " + code;
        };
    }

    private static Event firstBy(List<Event> events, int now) {
        return events.stream().filter(e -> e.time() <= now).findFirst().orElse(null);
    }
}
