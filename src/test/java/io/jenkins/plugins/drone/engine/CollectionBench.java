package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.OutputStream;
import java.util.List;

/**
 * Benchmark driver for {@code bench/collection.sh}: one step fills the workspace volume with FILES files of KB
 * kibibytes each (like a dependency directory) and one JUnit report, and the run is timed with and without
 * collecting {@code **}{@code /TEST-*.xml} (the whole workspace is read), {@code reports/TEST-*.xml} (only that
 * directory is read) and every file as artifacts; prints the four times in
 * milliseconds (setup to cleanup), after one warm-up run.
 */
public final class CollectionBench {

    private CollectionBench() {}

    public static void main(String[] args) {
        int files = Integer.parseInt(args[0]);
        int kb = Integer.parseInt(args[1]);
        PipelinePlan plan = TestPlans.pipeline(TestPlans.step("fill",
                "mkdir -p deps reports", "i=0; while [ $i -lt " + files + " ]; do head -c " + (kb * 1024)
                        + " /dev/zero > deps/f$i; i=$((i+1)); done",
                "echo '<testsuite><testcase classname=\"c\" name=\"n\"/></testsuite>' > reports/TEST-a.xml"));
        WorkspaceCollection reports = new WorkspaceCollection(List.of(), List.of("**/TEST-*.xml"),
                WorkspaceCollection.DEFAULT_MAX_BYTES);
        WorkspaceCollection reportsDirectory = new WorkspaceCollection(List.of(), List.of("reports/TEST-*.xml"),
                WorkspaceCollection.DEFAULT_MAX_BYTES);
        WorkspaceCollection everything = new WorkspaceCollection(List.of("**"), List.of(), Long.MAX_VALUE);
        run(plan, reports);
        System.out.println(run(plan, null) + " " + run(plan, reports) + " " + run(plan, reportsDirectory) + " "
                + run(plan, everything));
    }

    private static long run(PipelinePlan plan, WorkspaceCollection collection) {
        long start = System.nanoTime();
        PipelineRun run = PipelineRun.create(DockerSupport.ENGINE, RunRequest.builder(plan).build(), PipelineListener.NONE);
        if (collection != null) {
            run.collecting(collection, OutputStream.nullOutputStream());
        }
        if (run.execute().status() != StepStatus.SUCCESS) {
            throw new IllegalStateException("benchmark run failed");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
