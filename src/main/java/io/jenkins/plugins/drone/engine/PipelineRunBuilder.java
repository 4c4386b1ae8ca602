package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what a {@link PipelineRun} needs; only the engine and the plan are required. */
public final class PipelineRunBuilder {

    /** Leftovers of a run older than this may be removed by a janitor even if the run looks alive. */
    public static final Duration DEFAULT_EXPIRY = Duration.ofHours(24);

    private final ContainerEngine engine;
    private final PipelinePlan pipeline;
    private String runId = RunSpec.newRunId();
    private BuildContext build = BuildContext.builder().build();
    private SecretSource secrets = SecretSource.NONE;
    private PipelineListener listener = PipelineListener.NONE;
    private Path hostWorkspace;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private Duration timeout;
    private Duration expiry = DEFAULT_EXPIRY;
    private int concurrency;
    private List<String> failedStages = List.of();
    private List<String> registryConfigs = List.of();

    PipelineRunBuilder(ContainerEngine engine, PipelinePlan pipeline) {
        this.engine = engine;
        this.pipeline = pipeline;
    }

    /** Run id used in resource names and labels; random by default. */
    public PipelineRunBuilder runId(String id) { runId = id; return this; }

    /** The build (clone URL, ref, commit for the built-in clone). */
    public PipelineRunBuilder build(BuildContext context) { build = context; return this; }

    public PipelineRunBuilder secrets(SecretSource source) { secrets = source; return this; }

    public PipelineRunBuilder listener(PipelineListener l) { listener = l; return this; }

    /** Bind-mounts this directory as the workspace instead of a fresh volume, and skips the clone. */
    public PipelineRunBuilder hostWorkspace(Path dir) { hostWorkspace = dir; return this; }

    /** Adds a label to every container, network and volume (Jenkins: job and build ids). */
    public PipelineRunBuilder label(String key, String value) { labels.put(key, value); return this; }

    /** Pipeline timeout: when it runs out, running steps are killed and the rest skipped. */
    public PipelineRunBuilder timeout(Duration d) { timeout = d; return this; }

    /** How long after the start a janitor may remove leftovers regardless of liveness. */
    public PipelineRunBuilder expiry(Duration d) { expiry = d; return this; }

    /** At most this many entries at once (overrides the plan's concurrency when &gt; 0). */
    public PipelineRunBuilder concurrency(int limit) { concurrency = limit; return this; }

    /** Pipelines of this build that failed before this one starts: its steps then see a failing build. */
    public PipelineRunBuilder failedStages(List<String> names) { failedStages = List.copyOf(names); return this; }

    /** Registry credentials (Docker {@code config.json} texts) besides the pipeline's image pull secrets. */
    public PipelineRunBuilder registryConfigs(List<String> configJsons) { registryConfigs = List.copyOf(configJsons); return this; }

    public PipelineRun create() {
        long expires = System.currentTimeMillis() / 1000 + expiry.toSeconds();
        RunSpec spec = new RunSpec(runId, pipeline.workspace(), hostWorkspace, pipeline.volumes(), labels, expires);
        RunSettings settings = new RunSettings(spec, build, secrets, timeout, concurrency, hostWorkspace == null,
                failedStages, registryConfigs);
        return new PipelineRun(engine, pipeline, settings, listener);
    }
}
