package io.jenkins.plugins.drone.jenkins.remoting;

import io.jenkins.plugins.drone.engine.ContainerEngine;
import io.jenkins.plugins.drone.engine.PipelineListener;
import io.jenkins.plugins.drone.engine.PipelineRun;
import io.jenkins.plugins.drone.engine.ResumePoint;
import io.jenkins.plugins.drone.engine.RunRequest;
import java.io.OutputStream;

/**
 * Resumes on the agent it is sent to a run that an earlier agent JVM (or an earlier call) started and did not
 * finish ({@link PipelineRun#resume}): adopts its containers in that agent's Docker, sends the events from
 * {@code from} on exactly as {@link RunPipelineCallable} does, and returns the pipeline's Drone status word.
 */
public final class ResumePipelineCallable extends PipelineCallable {

    private static final long serialVersionUID = 1L;

    private final RunRequest request;
    private final ResumePoint from;

    /**
     * @param request    the run as it was first sent (same run id), with only the secrets its pipeline uses
     * @param from       what the controller durably recorded of each entry (status, lines written)
     * @param dockerHost the agent's Docker host, or null/blank for DOCKER_HOST or the local socket
     * @param events     where JSON event lines go (wrap the controller-side stream in a {@code RemoteOutputStream})
     */
    public ResumePipelineCallable(RunRequest request, ResumePoint from, String dockerHost, OutputStream events) {
        super(dockerHost, events);
        this.request = request;
        this.from = from;
    }

    @Override
    PipelineRun run(ContainerEngine engine, PipelineListener listener) {
        return PipelineRun.resume(engine, request, from, listener);
    }
}
