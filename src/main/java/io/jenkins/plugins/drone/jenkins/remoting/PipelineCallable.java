package io.jenkins.plugins.drone.jenkins.remoting;

import hudson.remoting.Callable;
import io.jenkins.plugins.drone.engine.ContainerEngine;
import io.jenkins.plugins.drone.engine.PipelineListener;
import io.jenkins.plugins.drone.engine.PipelineResult;
import io.jenkins.plugins.drone.engine.PipelineRun;
import io.jenkins.plugins.drone.engine.RunRequest;
import io.jenkins.plugins.drone.engine.WorkspaceCollection;
import io.jenkins.plugins.drone.engine.docker.DockerContainerEngine;
import io.jenkins.plugins.drone.engine.process.ProcessEngine;
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
 * a {@link PipelineRun} against that agent's Docker (an exec pipeline's against the agent's processes), stream every engine event back as one JSON line on the
 * events stream (batched, {@link EventBatcher}), and return the pipeline's Drone status word. When the call is
 * interrupted because the build was aborted, the run is cancelled (the engine still removes everything before the
 * call returns); when it is interrupted because the channel to the controller closed (the controller died or the
 * connection dropped), the run is abandoned: its containers run on, for the controller to resume it later
 * ({@link ResumePipelineCallable}).
 */
public abstract class PipelineCallable implements Callable<String, IOException> {

    private static final long serialVersionUID = 1L;
    /** How long an interrupted call waits for the engine to kill containers and clean up. */
    private static final long CLEANUP_SECONDS = 60;

    private final String dockerHost;
    private final OutputStream events;
    private WorkspaceCollection collection = WorkspaceCollection.NONE;
    /** Where the collected files go as a tar (a remote stream, closed when all are sent); null: nothing collected. */
    private OutputStream collected;

    /**
     * @param dockerHost the agent's Docker host, or null/blank for DOCKER_HOST or the local socket
     * @param events     where JSON event lines go (wrap the controller-side stream in a {@code RemoteOutputStream})
     */
    PipelineCallable(String dockerHost, OutputStream events) {
        this.dockerHost = dockerHost;
        this.events = events;
    }

    /**
     * After the steps, the files {@code what} names go to {@code sink} as a tar (a remote stream too), which is closed
     * when they are all sent; returns this call.
     */
    public PipelineCallable collecting(WorkspaceCollection what, OutputStream sink) {
        this.collection = what;
        this.collected = sink;
        return this;
    }

    /** The request this call runs or resumes. */
    abstract RunRequest request();

    /** The run to execute on {@code engine}, reporting to {@code listener}. */
    abstract PipelineRun run(ContainerEngine engine, PipelineListener listener);

    /** Runs an exec pipeline as processes on this agent (no Docker needed), any other on the agent's Docker. */
    @Override
    public final String call() throws IOException {
        try (EventBatcher out = new EventBatcher(events)) {
            if (request().pipeline().runsOnHost()) {
                return execute(new ProcessEngine(), out);
            }
            try (DockerContainerEngine engine = DockerContainerEngine.connect(dockerHost)) {
                return execute(engine, out);
            }
        }
    }

    private String execute(ContainerEngine engine, EventBatcher out) throws IOException {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            PipelineRun run = run(engine, out);
            if (collected != null) {
                run.collecting(collection, collected);
            }
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
