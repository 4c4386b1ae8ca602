package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark driver for {@code bench/engine-vs-docker-run.sh} and {@code bench/parallel-branches.sh}, through the
 * Docker engine (setup to cleanup, JVM start excluded). One identical run warms the JVM first, as a Jenkins agent's
 * JVM is long-lived; the cold case is what the script's exec line measures.
 * <ul>
 * <li>{@code EngineBench N}: N serial steps of {@code true}; prints the run's milliseconds on stdout and the time
 *     per engine call ({@link TimedEngine}) on stderr;</li>
 * <li>{@code EngineBench branches B S}: a graph of B independent branches of S serial steps, then one such branch
 *     alone; prints both runs' milliseconds on one line, and each run's time per call on stderr.</li>
 * </ul>
 */
public final class EngineBench {

    private static final TimedEngine ENGINE = new TimedEngine(DockerSupport.ENGINE);

    private EngineBench() {}

    public static void main(String[] args) {
        if (args[0].equals("branches")) {
            int branches = Integer.parseInt(args[1]);
            int steps = Integer.parseInt(args[2]);
            long graph = timed(branches(branches, steps));
            long alone = timed(branches(1, steps));
            System.out.println(graph + " " + alone);
        } else {
            System.out.println(timed(serial(Integer.parseInt(args[0]))));
        }
    }

    private static PipelinePlan serial(int n) {
        TestPlans.Step[] steps = new TestPlans.Step[n];
        for (int i = 0; i < n; i++) {
            steps[i] = TestPlans.step("s" + (i + 1)).command("true");
        }
        return TestPlans.pipeline(steps);
    }

    private static PipelinePlan branches(int branches, int length) {
        List<TestPlans.Step> steps = new ArrayList<>();
        for (int b = 1; b <= branches; b++) {
            for (int s = 1; s <= length; s++) {
                TestPlans.Step step = TestPlans.step("b" + b + "s" + s).command("true");
                steps.add(s == 1 ? step.dependsOn() : step.dependsOn("b" + b + "s" + (s - 1)));
            }
        }
        return TestPlans.pipeline(steps.toArray(TestPlans.Step[]::new));
    }

    /** Runs {@code plan} once to warm up, then once measured; prints the time per engine call on stderr. */
    private static long timed(PipelinePlan plan) {
        run(plan);
        ENGINE.reset();
        long start = System.nanoTime();
        run(plan);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.err.print(ENGINE.table());
        return millis;
    }

    private static void run(PipelinePlan plan) {
        PipelineResult result = PipelineRun.create(ENGINE, RunRequest.builder(plan).build(), PipelineListener.NONE)
                .execute();
        if (result.status() != StepStatus.SUCCESS) {
            System.err.println("benchmark run failed: " + result);
            System.exit(1);
        }
    }
}
