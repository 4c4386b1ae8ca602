package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PipelinePlan;

/**
 * Benchmark driver for {@code bench/engine-vs-docker-run.sh}: runs N serial steps of {@code true} in busybox
 * through the Docker engine and prints the milliseconds the run took (setup to cleanup, JVM start excluded).
 * One identical run warms the JVM first, as a Jenkins agent's JVM is long-lived; the cold case is what the
 * script's exec line measures.
 */
public final class EngineBench {

    private EngineBench() {}

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        TestPlans.Step[] steps = new TestPlans.Step[n];
        for (int i = 0; i < n; i++) {
            steps[i] = TestPlans.step("s" + (i + 1)).command("true");
        }
        PipelinePlan plan = TestPlans.pipeline(steps);
        PipelineRun.create(DockerSupport.ENGINE, RunRequest.builder(plan).build(), PipelineListener.NONE).execute();
        long start = System.nanoTime();
        PipelineResult result = PipelineRun.create(DockerSupport.ENGINE, RunRequest.builder(plan).build(),
                PipelineListener.NONE).execute();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.status() != StepStatus.SUCCESS) {
            System.err.println("benchmark run failed: " + result);
            System.exit(1);
        }
        System.out.println(millis);
    }
}
