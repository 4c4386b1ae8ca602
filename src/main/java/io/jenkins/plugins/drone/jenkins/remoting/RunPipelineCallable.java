package io.jenkins.plugins.drone.jenkins.remoting;

import io.jenkins.plugins.drone.engine.ContainerEngine;
import io.jenkins.plugins.drone.engine.PipelineListener;
import io.jenkins.plugins.drone.engine.PipelineRun;
import io.jenkins.plugins.drone.engine.RunRequest;
import java.io.OutputStream;

/**
 * Runs one {@link RunRequest} on the agent it is sent to, against that agent's Docker, and streams every
 * engine event back as one JSON line on {@code events} (a remote stream to the controller), batched
 * ({@link EventBatcher}). Interrupting
 * the call (build aborted) cancels the run; the engine still removes everything it created before the
 * call returns. Returns the pipeline's Drone status word.
 */
public final class RunPipelineCallable extends PipelineCallable {

    private static final long serialVersionUID = 1L;

    private final RunRequest request;

    /**
     * @param request    the run, with only the secrets its pipeline uses
     * @param dockerHost the agent's Docker host, or null/blank for DOCKER_HOST or the local socket
     * @param events     where JSON event lines go (wrap the controller-side stream in a {@code RemoteOutputStream})
     */
    public RunPipelineCallable(RunRequest request, String dockerHost, OutputStream events) {
        super(dockerHost, events);
        this.request = request;
    }

    @Override
    PipelineRun run(ContainerEngine engine, PipelineListener listener) {
        return PipelineRun.create(engine, request, listener);
    }
}
