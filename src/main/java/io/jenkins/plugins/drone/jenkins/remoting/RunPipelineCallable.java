package io.jenkins.plugins.drone.jenkins.remoting;

import hudson.remoting.Callable;
import io.jenkins.plugins.drone.engine.PipelineResult;
import io.jenkins.plugins.drone.engine.PipelineRun;
import io.jenkins.plugins.drone.engine.RunRequest;
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
 * Runs one {@link RunRequest} on the agent it is sent to, against that agent's Docker, and streams every
 * engine event back as one JSON line on {@code events} (a remote stream to the controller), batched
 * ({@link EventBatcher}). Interrupting
 * the call (build aborted) cancels the run; the engine still removes everything it created before the
 * call returns. Returns the pipeline's Drone status word.
 */
public final class RunPipelineCallable implements Callable<String, IOException> {

    private static final long serialVersionUID = 1L;
    /** How long an interrupted call waits for the engine to kill containers and clean up. */
    private static final long CLEANUP_SECONDS = 60;

    private final RunRequest request;
    private final String dockerHost;
    private final OutputStream events;

    /**
     * @param request    the run, with only the secrets its pipeline uses
     * @param dockerHost the agent's Docker host, or null/blank for DOCKER_HOST or the local socket
     * @param events     where JSON event lines go (wrap the controller-side stream in a {@code RemoteOutputStream})
     */
    public RunPipelineCallable(RunRequest request, String dockerHost, OutputStream events) {
        this.request = request;
        this.dockerHost = dockerHost;
        this.events = events;
    }

    @Override
    public String call() throws IOException {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (EventBatcher out = new EventBatcher(events);
             DockerContainerEngine engine = DockerContainerEngine.connect(dockerHost)) {
            PipelineRun run = PipelineRun.create(engine, request, out);
            Future<PipelineResult> result = thread.submit(run::execute);
            return await(run, result).status().word();
        } finally {
            thread.shutdownNow();
        }
    }

    private static PipelineResult await(PipelineRun run, Future<PipelineResult> result) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            run.cancel();
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
