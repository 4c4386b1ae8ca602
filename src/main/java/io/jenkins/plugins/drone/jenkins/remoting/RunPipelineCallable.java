package io.jenkins.plugins.drone.jenkins.remoting;

import hudson.remoting.Callable;
import io.jenkins.plugins.drone.engine.PipelineEvent;
import io.jenkins.plugins.drone.engine.PipelineEvents;
import io.jenkins.plugins.drone.engine.PipelineResult;
import io.jenkins.plugins.drone.engine.PipelineRun;
import io.jenkins.plugins.drone.engine.PipelineRunBuilder;
import io.jenkins.plugins.drone.engine.SecretSource;
import io.jenkins.plugins.drone.engine.docker.DockerContainerEngine;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one planned pipeline on the agent it is sent to, against that agent's Docker, and streams every
 * engine event back as one JSON line on {@code events} (a remote stream to the controller). Interrupting
 * the call (build aborted) cancels the run; the engine still removes everything it created before the
 * call returns. Returns the pipeline's Drone status word.
 */
public final class RunPipelineCallable implements Callable<String, IOException> {

    private static final long serialVersionUID = 1L;
    /** How long an interrupted call waits for the engine to kill containers and clean up. */
    private static final long CLEANUP_SECONDS = 60;

    private final String pipelineJson;
    private final String contextJson;
    private final HashMap<String, String> secrets;
    private final HashMap<String, String> labels;
    private final String runId;
    private final String dockerHost;
    private final long timeoutSeconds;
    private final String hostWorkspace;
    private final ArrayList<String> failedStages;
    private final String registryConfig;
    private final OutputStream events;

    /**
     * @param secrets values of every secret the pipeline may name ({@code from_secret}); masked in logs
     * @param labels  extra labels for every container, network and volume (job, build)
     * @param hostWorkspace a directory on the agent to bind-mount as the workspace (no clone), or null
     * @param failedStages  pipelines of the build that failed before this one started
     * @param registryConfig Docker {@code config.json} of the configured registry credentials, or empty
     * @param events  where JSON event lines go (wrap the controller-side stream in a {@code RemoteOutputStream})
     */
    public RunPipelineCallable(PipelinePlan pipeline, BuildContext context, Map<String, String> secrets,
                               Map<String, String> labels, String runId, String dockerHost, long timeoutSeconds,
                               String hostWorkspace, List<String> failedStages, String registryConfig,
                               OutputStream events) {
        this.pipelineJson = PlanCodec.write(pipeline);
        this.contextJson = PlanCodec.write(context);
        this.secrets = new HashMap<>(secrets);
        this.labels = new HashMap<>(labels);
        this.runId = runId;
        this.dockerHost = dockerHost;
        this.timeoutSeconds = timeoutSeconds;
        this.hostWorkspace = hostWorkspace;
        this.failedStages = new ArrayList<>(failedStages);
        this.registryConfig = registryConfig;
        this.events = events;
    }

    @Override
    public String call() throws IOException {
        PipelinePlan pipeline = PlanCodec.readPipeline(pipelineJson);
        BuildContext context = PlanCodec.readContext(contextJson);
        Writer out = new OutputStreamWriter(events, StandardCharsets.UTF_8);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (DockerContainerEngine engine = DockerContainerEngine.connect(dockerHost)) {
            PipelineRunBuilder builder = PipelineRun.builder(engine, pipeline)
                    .runId(runId)
                    .build(context)
                    .secrets(SecretSource.of(secrets))
                    .failedStages(failedStages)
                    .registryConfigs(registryConfig.isEmpty() ? List.of() : List.of(registryConfig))
                    .listener(event -> send(out, event));
            labels.forEach(builder::label);
            if (hostWorkspace != null) {
                builder.hostWorkspace(java.nio.file.Path.of(hostWorkspace));
            }
            if (timeoutSeconds > 0) {
                builder.timeout(Duration.ofSeconds(timeoutSeconds));
            }
            PipelineRun run = builder.create();
            Future<PipelineResult> result = thread.submit(run::execute);
            return await(run, result).status().word();
        } finally {
            thread.shutdownNow();
            synchronized (out) {
                out.flush();
            }
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

    private static void send(Writer out, PipelineEvent event) {
        String line = PipelineEvents.toJson(event);
        synchronized (out) {
            try {
                out.write(line);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                // the controller is gone; the engine goes on and cleans up, the janitor handles the rest
            }
        }
    }
}
