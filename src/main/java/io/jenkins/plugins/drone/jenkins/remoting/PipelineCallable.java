package io.jenkins.plugins.drone.jenkins.remoting;

import hudson.remoting.Callable;
import io.jenkins.plugins.drone.engine.ContainerEngine;
import io.jenkins.plugins.drone.engine.PipelineListener;
import io.jenkins.plugins.drone.engine.PipelineResult;
import io.jenkins.plugins.drone.engine.PipelineRun;
import io.jenkins.plugins.drone.engine.docker.DockerContainerEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What {@link RunPipelineCallable} and {@link ResumePipelineCallable} share: on the agent they are sent to, make
 * a {@link PipelineRun} against that agent's Docker, stream every engine event back as one JSON line on the
 * events stream (batched, {@link EventBatcher}), and return the pipeline's Drone status word. When the call is
 * interrupted because the build was aborted, the run is cancelled (the engine still removes everything before the
 * call returns); when it is interrupted because the channel to the controller closed (the controller died or the
 * connection dropped), the run is abandoned: its containers run on, for the controller to resume it later
 * ({@link ResumePipelineCallable}).
 */
abstract class PipelineCallable implements Callable<String, IOException> {

    private static final long serialVersionUID = 1L;
    /** How long an interrupted call waits for the engine to kill containers and clean up. */
    private static final long CLEANUP_SECONDS = 60;

    private final String dockerHost;
    private final OutputStream events;

    /**
     * @param dockerHost the agent's Docker host, or null/blank for DOCKER_HOST or the local socket
     * @param events     where JSON event lines go (wrap the controller-side stream in a {@code RemoteOutputStream})
     */
    PipelineCallable(String dockerHost, OutputStream events) {
        this.dockerHost = dockerHost;
        this.events = events;
    }

    /** The run to execute on {@code engine}, reporting to {@code listener}. */
    abstract PipelineRun run(ContainerEngine engine, PipelineListener listener);

    @Override
    public final String call() throws IOException {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (EventBatcher out = new EventBatcher(events);
             DockerContainerEngine engine = DockerContainerEngine.connect(dockerHost)) {
            PipelineRun run = run(engine, out);
            Future<PipelineResult> result = thread.submit(run::execute);
            return await(run, result, out).status().word();
        } finally {
            thread.shutdownNow();
        }
    }

    private static PipelineResult await(PipelineRun run, Future<PipelineResult> result, EventBatcher out)
            throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            if (out.reachesController()) {
                run.cancel();
            } else {
                run.abandon();
            }
            try {
                return result.get(CLEANUP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException again) {
                throw new IOException("the pipeline was aborted and did not finish cleaning up in time", again);
            } finally {
                Thread.currentThread().interrupt();
            }
        } catch (ExecutionException e) {
            throw new IOException("the engine failed: " + e.getCause(), e.getCause());
        }
    }
}
