package io.jenkins.plugins.drone.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.StepKind;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Everything one pipeline run needs besides the engine it runs on, built once by the caller (the Jenkins
 * controller, {@code exec}) and handed to {@link PipelineRun#create} as one value; Java-serialisable, so it
 * crosses the agent channel as it is. It holds only the secrets and registry credentials the pipeline uses.
 *
 * @param pipeline       the planned pipeline
 * @param context        the build (clone URL, ref, commit)
 * @param runId          unique id, the suffix of resource names and the value of the run label
 * @param labels         extra labels for every container, network and volume (Jenkins: job and build ids)
 * @param timeoutSeconds pipeline timeout: when it runs out, running steps are killed and the rest skipped; 0 = none
 * @param hostWorkspace  a directory bind-mounted as the workspace (no clone), or null for a fresh volume
 * @param failedStages   pipelines of the build that failed before this one starts (DRONE_FAILED_STAGES)
 * @param registryAuths  credentials for the registries of the pipeline's images, first match wins
 * @param secrets        value of each secret the pipeline names ({@code from_secret}, image pull secrets)
 * @param gitAuth        credentials of the repository for the clone (and the steps' netrc when it says so)
 * @param logLimitBytes  most bytes kept of each step's log, its beginning and its end ({@link LogLimiter}); 0 = all
 * @param storage        where workspaces and caches live and how caches are scoped and kept
 */
public record RunRequest(PipelinePlan pipeline, BuildContext context, String runId, Map<String, String> labels,
                         long timeoutSeconds, String hostWorkspace, List<String> failedStages,
                         List<RegistryAuth> registryAuths, Map<String, String> secrets, GitAuth gitAuth,
                         long logLimitBytes, StorageSettings storage)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunRequest {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(runId, "runId");
        labels = Map.copyOf(labels);
        failedStages = List.copyOf(failedStages);
        registryAuths = List.copyOf(registryAuths);
        secrets = Map.copyOf(secrets);
        gitAuth = gitAuth == null ? GitAuth.NONE : gitAuth;
        storage = storage == null ? StorageSettings.DEFAULT : storage;
    }

    /** Starts a request to run {@code pipeline}; only the pipeline is required. */
    public static Builder builder(PipelinePlan pipeline) {
        return new Builder(pipeline);
    }

    /** The same request for a pipeline dispatched after {@code names} had failed. */
    public RunRequest withFailedStages(List<String> names) {
        return new RunRequest(pipeline, context, runId, labels, timeoutSeconds, hostWorkspace, names, registryAuths,
                secrets, gitAuth, logLimitBytes, storage);
    }

    /** The same request with the storage settings of the agent it runs on. */
    /** This request without its secrets, registry logins and git credentials: what may be stored on disk. */
    public RunRequest withoutCredentials() {
        return new RunRequest(pipeline, context, runId, labels, timeoutSeconds, hostWorkspace, failedStages, List.of(),
                Map.of(), GitAuth.NONE, logLimitBytes, storage);
    }

    public RunRequest withStorage(StorageSettings value) {
        return new RunRequest(pipeline, context, runId, labels, timeoutSeconds, hostWorkspace, failedStages, registryAuths,
                secrets, gitAuth, logLimitBytes, value);
    }

    /** Every value the masker must hide: the pipeline's secrets and the parts of the git credentials. */
    public Map<String, String> maskedValues() {
        Map<String, String> values = new LinkedHashMap<>(secrets);
        values.putAll(gitAuth.secretValues());
        return values;
    }

    /**
     * The netrc variables every step gets when the credentials say so (Drone's {@code DRONE_NETRC_CLONE_ONLY}
     * off); empty by default, so only the clone logs in (docs/drone-semantics.md#clone-credentials).
     */
    public Map<String, String> stepNetrc() {
        if (!gitAuth.netrcForSteps() || !gitAuth.hasPassword()) {
            return Map.of();
        }
        return Map.of("DRONE_NETRC_MACHINE", GitConnection.hostOf(context.remoteUrl()),
                "DRONE_NETRC_USERNAME", gitAuth.username(), "DRONE_NETRC_PASSWORD", gitAuth.password());
    }

    /** Names the secrets, never their values, so that logging a request leaks nothing. */
    @Override
    public String toString() {
        return "RunRequest[pipeline=" + pipeline.name() + ", runId=" + runId + ", labels=" + labels + ", timeoutSeconds="
                + timeoutSeconds + ", hostWorkspace=" + hostWorkspace + ", failedStages=" + failedStages
                + ", registryAuths=" + registryAuths + ", secrets=" + new TreeSet<>(secrets.keySet()) + ", gitAuth=" + gitAuth
                + ", logLimitBytes=" + logLimitBytes + ", storage=" + storage + "]";
    }

    /** The records of the plan are not serialisable; the request travels as its JSON text (see {@link Wire}). */
    private Object writeReplace() {
        return new Wire(Wire.write(this));
    }

    /** The serial form: the request as JSON, so only a string crosses the channel. */
    private record Wire(String json) implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper JSON = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        static String write(RunRequest request) {
            try {
                return JSON.writeValueAsString(request);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Object readResolve() throws InvalidObjectException {
            try {
                return JSON.readValue(json, RunRequest.class);
            } catch (IOException e) {
                InvalidObjectException invalid = new InvalidObjectException("unreadable run request: " + e.getMessage());
                invalid.initCause(e);
                throw invalid;
            }
        }
    }

    /** Collects a request; {@link #build()} picks out the secrets and registry credentials the pipeline uses. */
    public static final class Builder {

        private final PipelinePlan pipeline;
        private BuildContext context = BuildContext.builder().build();
        private String runId = RunSpec.newRunId();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private long timeoutSeconds;
        private String hostWorkspace;
        private List<String> failedStages = List.of();
        private List<String> registryConfigs = List.of();
        private SecretSource secrets = SecretSource.NONE;
        private GitAuth gitAuth = GitAuth.NONE;
        private long logLimitBytes;
        private StorageSettings storage = StorageSettings.DEFAULT;

        private Builder(PipelinePlan pipeline) {
            this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        }

        /** The build (clone URL, ref, commit for the built-in clone). */
        public Builder context(BuildContext value) { context = value; return this; }

        /** Run id used in resource names and labels; random by default. */
        public Builder runId(String value) { runId = value; return this; }

        /** Adds a label to every container, network and volume. */
        public Builder label(String key, String value) { labels.put(key, value); return this; }

        /** Pipeline timeout; null or zero for none. */
        public Builder timeout(Duration value) { timeoutSeconds = value == null ? 0 : value.toSeconds(); return this; }

        /** Bind-mounts this directory as the workspace instead of a fresh volume, and skips the clone. */
        public Builder hostWorkspace(Path dir) { hostWorkspace = dir == null ? null : dir.toString(); return this; }

        /** Pipelines of this build that failed before this one starts: its steps then see a failing build. */
        public Builder failedStages(List<String> names) { failedStages = List.copyOf(names); return this; }

        /** Registry credentials (Docker {@code config.json} texts) besides the pipeline's image pull secrets. */
        public Builder registryConfigs(List<String> configJsons) { registryConfigs = List.copyOf(configJsons); return this; }

        /** Where secret values come from; only the names the pipeline uses are looked up. */
        public Builder secrets(SecretSource source) { secrets = source; return this; }

        /** Credentials of the repository for the clone; anonymous by default. */
        public Builder gitAuth(GitAuth value) { gitAuth = value; return this; }

        /** Keeps at most this many bytes of each step's log, its beginning and its end; 0 (the default) keeps all. */
        public Builder logLimit(long bytes) { logLimitBytes = Math.max(0, bytes); return this; }

        /** Where workspaces and caches live, how caches are scoped and kept; {@link StorageSettings#DEFAULT} by default. */
        public Builder storage(StorageSettings value) { storage = value; return this; }

        /**
         * The request, holding only the secrets the pipeline names, the credentials its images need, and the git
         * credentials when it clones or its steps get them.
         */
        public RunRequest build() {
            Map<String, String> used = ResolvedSecrets.of(pipeline, secrets);
            List<String> configs = Stream.concat(pipeline.imagePullSecrets().stream().map(used::get),
                    registryConfigs.stream()).filter(v -> v != null && !v.isEmpty()).toList();
            List<String> images = pipeline.steps().stream().map(StepPlan::image).filter(Objects::nonNull).toList();
            boolean clones = hostWorkspace == null
                    && pipeline.steps().stream().anyMatch(step -> step.kind() == StepKind.CLONE);
            return new RunRequest(pipeline, context, runId, labels, timeoutSeconds, hostWorkspace, failedStages,
                    RegistryCredentials.parse(configs).neededBy(images), used,
                    clones || gitAuth.netrcForSteps() ? gitAuth : GitAuth.NONE, logLimitBytes, storage);
        }
    }
}
