package io.jenkins.plugins.drone.jenkins.remoting;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;

import hudson.remoting.Future;
import hudson.remoting.RemoteOutputStream;
import io.jenkins.plugins.drone.engine.ContainerEngine;
import io.jenkins.plugins.drone.engine.DockerSupport;
import io.jenkins.plugins.drone.engine.RecordingListener;
import io.jenkins.plugins.drone.engine.RunRequest;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Proves with a real Hudson and a real agent that when the agent's channel closes while a step runs, the
 * {@link RunPipelineCallable} on the agent leaves the run's containers running (instead of cancelling the run as
 * an abort does), and that a {@link ResumePipelineCallable} sent to the reconnected agent with the lines the
 * controller had received finishes the run: every line exactly once and in order, the next step run, nothing left
 * in Docker.
 */
public class ResumePipelineCallableIT extends DockerAgentCase {

    private static final String COUNT = "for i in $(seq 1 60); do echo line $i; sleep 0.2; done";

    public void testARunWhoseAgentConnectionDroppedIsFinishedOnTheReconnectedAgent() throws Exception {
        RunRequest request = RunRequest.builder(pipeline(step("count", COUNT), step("after", "echo after"))).build();
        RecordingListener first = new RecordingListener();
        Future<String> call = agent.getChannel().callAsync(new RunPipelineCallable(request, null,
                new RemoteOutputStream(new EventLineDecoder(first))));
        Builds.await("line 5 of the step", 120, () -> first.lines("count").contains("line 5"));

        agent.toComputer().getChannel().close();
        try {
            call.get(30, TimeUnit.SECONDS);
            fail("the call cannot end normally on a closed channel");
        } catch (java.util.concurrent.ExecutionException expected) {
            // the channel closed under it
        }
        Thread.sleep(3000);
        assertEquals("the step runs on after the agent lost its channel", ContainerEngine.Condition.RUNNING,
                DockerSupport.stateOf(request.runId(), "count"));

        agent.toComputer().connect(true).get(60, TimeUnit.SECONDS);
        RecordingListener resumed = new RecordingListener();
        String status = agent.getChannel().call(new ResumePipelineCallable(request, first.resumePoint(), null,
                new RemoteOutputStream(new EventLineDecoder(resumed))));

        assertEquals("success", status);
        Builds.await("the resumed run's last event", 30, () -> resumed.events.stream()
                .anyMatch(e -> e instanceof io.jenkins.plugins.drone.engine.PipelineEvent.PipelineFinished));
        List<String> lines = new ArrayList<>(first.lines("count"));
        lines.addAll(resumed.lines("count"));
        assertEquals(Stream.concat(Stream.of("+ " + COUNT), IntStream.rangeClosed(1, 60).mapToObj(i -> "line " + i))
                .toList(), lines);
        assertEquals(List.of("+ echo after", "after"), resumed.lines("after"));
        DockerSupport.assertNothingLeft(request.runId());
    }
}
