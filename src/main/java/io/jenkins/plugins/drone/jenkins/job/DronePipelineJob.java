package io.jenkins.plugins.drone.jenkins.job;

import hudson.model.AbstractProject;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.forge.ForgeKind;
import io.jenkins.plugins.drone.jenkins.forge.ForgeLink;
import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.jenkins.scm.LearnedHostKeys;
import io.jenkins.plugins.drone.jenkins.scm.RepositoryHeads;
import io.jenkins.plugins.drone.jenkins.scm.RepositoryReader;
import hudson.Extension;
import hudson.model.DependencyGraph;
import hudson.model.Descriptor;
import hudson.model.Hudson;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Queue;
import hudson.model.TopLevelItem;
import hudson.tasks.Publisher;
import hudson.util.DescribableList;
import hudson.util.FormValidation;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.reports.PipelineReports;
import io.jenkins.plugins.drone.jenkins.secrets.ClearTextSecrets;
import io.jenkins.plugins.drone.jenkins.secrets.DroneCredentials;
import io.jenkins.plugins.drone.jenkins.secrets.DroneSecret;
import io.jenkins.plugins.drone.jenkins.secrets.GitCredential;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.servlet.ServletException;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

/**
 * The "Drone pipeline" job: each build reads {@code .drone.yml} from a git repository and runs its
 * pipelines as Docker containers on agents whose labels match. The build itself is a flyweight task (it
 * holds no executor while its pipelines wait in the queue or run).
 */
public final class DronePipelineJob extends AbstractProject<DronePipelineJob, DronePipelineBuild>
        implements TopLevelItem, Queue.FlyweightTask {

    public static final String DEFAULT_BRANCH = "main";
    public static final String DEFAULT_YAML_PATH = ".drone.yml";
    public static final String DEFAULT_LABEL = "docker";
    public static final int DEFAULT_TIMEOUT_MINUTES = 60;

    private String repositoryUrl = "";
    private String branch = DEFAULT_BRANCH;
    private String yamlPath = DEFAULT_YAML_PATH;
    private String agentLabel = DEFAULT_LABEL;
    private int timeoutMinutes = DEFAULT_TIMEOUT_MINUTES;
    private List<DroneSecret> secrets = new ArrayList<>();
    private ForgeLink forge;
    private JobSafety safety;
    private boolean cancelSuperseded;
    private String credentialsId = "";
    private GitCredential gitCredential;
    private boolean netrcForSteps;
    private String cacheScope;
    private List<PipelineReports> reports = new ArrayList<>();

    public DronePipelineJob(ItemGroup<?> parent, String name) {
        super(parent, name);
    }

    /** The git repository (URL or local path) that holds the pipeline file. */
    public String getRepositoryUrl() {
        return repositoryUrl;
    }

    /** The branch a build uses unless its {@code BRANCH} parameter names another. */
    public String getBranch() {
        return branch;
    }

    /** Path of the pipeline file in the repository. */
    public String getYamlPath() {
        return yamlPath;
    }

    /** Label expression every agent that runs a pipeline of this job must satisfy. */
    public String getAgentLabel() {
        return agentLabel;
    }

    /** Limit for each pipeline, in minutes (Drone's repository timeout). */
    public int getTimeoutMinutes() {
        return timeoutMinutes;
    }

    /** Secrets of this job; they win over global secrets of the same name. */
    public List<DroneSecret> getSecrets() {
        return secrets == null ? Collections.emptyList() : Collections.unmodifiableList(secrets);
    }

    /** Id of the global git credential the job uses; its own {@link #getGitCredential()} wins when it has one. */
    public String getCredentialsId() {
        return credentialsId == null ? "" : credentialsId;
    }

    /** The job's own git credential, or null. */
    public GitCredential getGitCredential() {
        return gitCredential;
    }

    /** Whether every step, not only the clone, gets the HTTP(S) credentials as netrc. */
    public boolean isNetrcForSteps() {
        return netrcForSteps;
    }

    /** Test reports and artifacts collected from the pipelines' workspaces after their steps. */
    public List<PipelineReports> getReports() {
        return reports == null ? Collections.emptyList() : Collections.unmodifiableList(reports);
    }

    /** The credentials a build of this job resolves secrets, registries and git credentials through. */
    public DroneCredentials getCredentials() {
        return DroneCredentials.combine(DroneSettings.get(), DroneCredentials.of(getSecrets(), List.of(),
                gitCredential == null ? List.of() : List.of(gitCredential)));
    }

    /**
     * What the controller and the clone log in to the repository with: the job's own credential unless it is
     * empty, else the one {@link #getCredentialsId()} names, else none.
     *
     * @throws IOException when the id names no credential
     */
    public GitAuth gitAuth() throws IOException {
        if (gitCredential != null && !gitCredential.isEmpty()) {
            return gitCredential.toAuth(getFullName(), netrcForSteps);
        }
        return getCredentials().gitAuth(getCredentialsId(), netrcForSteps);
    }

    /** The forge repository this job is linked to (webhooks, statuses), or {@code null} when it is not. */
    public ForgeLink getForge() {
        return forge;
    }

    /** What fork pull requests and unsigned files may do in this job (never null). */
    public JobSafety getSafety() {
        return safety == null ? JobSafety.DEFAULT : safety;
    }

    /**
     * Whether a new push to a branch, or new commits on a pull request, cancel the older queued and running builds
     * of that branch or pull request (Drone's auto-cancel); off unless the job opts in.
     */
    public boolean isCancelSuperseded() {
        return cancelSuperseded;
    }

    /** The cache scope as configured; empty = the job's own (docs/pipelines.md#caches). */
    public String getCacheScope() {
        return cacheScope == null ? "" : cacheScope;
    }

    /** Caches are shared only by jobs of the same scope: the configured one, else the job's full name. */
    public String effectiveCacheScope() {
        return getCacheScope().isBlank() ? getFullName() : getCacheScope();
    }

    /** The forge kinds the configuration page offers. */
    public ForgeKind[] getForgeKinds() {
        return ForgeKind.values();
    }

    /** Whether an administrator marked this job trusted (privileged mode, host volumes...). */
    public boolean isTrusted() {
        return DroneSettings.get().isTrusted(getFullName());
    }

    /**
     * What keeps this job's configuration from running, each naming its field (shown on the job page, refused
     * by a build); empty when it can run.
     */
    public List<String> getConfigurationProblems() {
        return new ArrayList<>(JobFieldChecks.problems(settings()).values());
    }

    private JobSettings settings() {
        return new JobSettings(repositoryUrl, branch, yamlPath, agentLabel, timeoutMinutes);
    }

    /** A config.xml without some fields (scripts, JJB, older versions) gives them their documented defaults. */
    private Object readResolve() {
        JobSettings settings = JobSettings.of(repositoryUrl, branch, yamlPath, agentLabel, timeoutMinutes);
        repositoryUrl = settings.repositoryUrl();
        branch = settings.branch();
        yamlPath = settings.yamlPath();
        agentLabel = settings.agentLabel();
        timeoutMinutes = settings.timeoutMinutes();
        return this;
    }

    /** After createItem or {@code POST config.xml}: secrets posted in clear text end up encrypted on disk. */
    @Override
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException {
        super.onLoad(parent, name);
        ClearTextSecrets.encryptOnDisk(this);
    }

    @Override
    public DescriptorImpl getDescriptor() {
        return (DescriptorImpl) Hudson.getInstance().getDescriptorOrDie(DronePipelineJob.class);
    }

    @Override
    protected Class<DronePipelineBuild> getBuildClass() {
        return DronePipelineBuild.class;
    }

    @Override
    public DescribableList<Publisher, Descriptor<Publisher>> getPublishersList() {
        return new DescribableList<>(this);
    }

    @Override
    public boolean isFingerprintConfigured() {
        return false;
    }

    @Override
    protected void buildDependencyGraph(DependencyGraph graph) {
        // Drone pipeline jobs neither trigger nor are triggered by other jobs through the graph
    }

    /** Applies the configuration form; only administrators may change the trusted flag. */
    @Override
    protected void submit(StaplerRequest req, StaplerResponse rsp)
            throws IOException, ServletException, Descriptor.FormException {
        JSONObject form = req.getSubmittedForm();
        JobSettings settings = JobSettings.fromForm(form);
        super.submit(req, rsp);
        repositoryUrl = settings.repositoryUrl();
        branch = settings.branch();
        yamlPath = settings.yamlPath();
        agentLabel = settings.agentLabel();
        timeoutMinutes = settings.timeoutMinutes();
        secrets = new ArrayList<>(req.bindJSONToList(DroneSecret.class, form.opt("secrets")));
        safety = JobSafety.fromForm(form);
        forge = ForgeForm.fromForm(form);
        cancelSuperseded = form.optBoolean("cancelSuperseded");
        credentialsId = form.optString("credentialsId", "").trim();
        netrcForSteps = form.optBoolean("netrcForSteps");
        cacheScope = form.optString("cacheScope", "").trim();
        gitCredential = ownCredential(req, form.optJSONObject("gitCredential"));
        reports = new ArrayList<>(req.bindJSONToList(PipelineReports.class, form.opt("reports")));
        if (Hudson.getInstance().hasPermission(Hudson.ADMINISTER)) {
            DroneSettings.get().setTrusted(getFullName(), form.optBoolean("trusted"));
        }
    }

    /**
     * The job's own credential from the form; accepting new host keys stays an administrator's choice (the box is
     * theirs only, so others keep what was saved).
     */
    private GitCredential ownCredential(StaplerRequest req, JSONObject form) {
        if (form == null || form.isNullObject()) {
            return null;
        }
        GitCredential bound = req.bindJSON(GitCredential.class, form);
        if (Hudson.getInstance().hasPermission(Hudson.ADMINISTER)) {
            return bound;
        }
        return bound.withAcceptNewHostKeys(gitCredential != null && gitCredential.isAcceptNewHostKeys());
    }

    /** "Drone pipeline" in New Job, the job form's validation and its "Lint this YAML" button. */
    @Extension
    public static final class DescriptorImpl extends AbstractProject.AbstractProjectDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.dronePipelineJobDisplayName();
        }

        @Override
        public TopLevelItem newInstance(ItemGroup parent, String name) {
            return new DronePipelineJob(parent, name);
        }

        /**
         * "Lint this YAML" on the configuration page: reads the pipeline file of the form's repository and
         * branch and lints it. Reading a repository is what configuring a job allows, so it needs
         * {@link Item#CONFIGURE} on the job (or globally when called outside one, as the button does), and a
         * POST: it reaches the network.
         */
        @CapturedParameterNames({"req", "job", "jobName", "repositoryUrl", "branch", "yamlPath", "credentialsId"})
        public FormValidation doLintYaml(StaplerRequest req, @AncestorInPath AbstractProject<?, ?> job,
                                         @QueryParameter("jobName") String jobName,
                                         @QueryParameter("repositoryUrl") String repositoryUrl,
                                         @QueryParameter("branch") String branch,
                                         @QueryParameter("yamlPath") String yamlPath,
                                         @QueryParameter("credentialsId") String credentialsId) {
            AbstractProject<?, ?> target = formJob(job, jobName);
            checkConfigure(target);
            if (!"POST".equals(req.getMethod())) {
                return FormValidation.error(Messages.postRequired());
            }
            boolean trusted = target != null && DroneSettings.get().isTrusted(target.getFullName());
            try {
                return new YamlLint(RepositoryReader.forController())
                        .lint(repositoryUrl, branch, yamlPath, authOf(target, credentialsId), trusted);
            } catch (IOException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        /**
         * "Test connection": lists the refs of the form's repository with the chosen credential (the job's own,
         * as saved, when no id is given). {@link Item#CONFIGURE} and POST, as it reaches the network.
         */
        @CapturedParameterNames({"req", "job", "jobName", "repositoryUrl", "credentialsId"})
        public FormValidation doTestConnection(StaplerRequest req, @AncestorInPath AbstractProject<?, ?> job,
                                               @QueryParameter("jobName") String jobName,
                                               @QueryParameter("repositoryUrl") String repositoryUrl,
                                               @QueryParameter("credentialsId") String credentialsId) {
            AbstractProject<?, ?> target = formJob(job, jobName);
            checkConfigure(target);
            if (!"POST".equals(req.getMethod())) {
                return FormValidation.error(Messages.postRequired());
            }
            if (repositoryUrl == null || repositoryUrl.isBlank()) {
                return FormValidation.error(Messages.yamlLintNoRepository());
            }
            try {
                Map<String, String> refs = RepositoryHeads.refs(repositoryUrl.trim(), authOf(target, credentialsId),
                        LearnedHostKeys.forController());
                StringBuilder list = new StringBuilder();
                refs.forEach((ref, commit) -> list.append(ref).append(' ').append(commit, 0, 12).append("; "));
                return FormValidation.ok(Messages.testConnectionRefs(refs.size(), list.toString().strip()));
            } catch (IOException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        /**
         * The job a form button belongs to: the one in the URL, else the one the form names (Hudson's buttons
         * call the descriptor at the root), else none.
         */
        private static AbstractProject<?, ?> formJob(AbstractProject<?, ?> job, String jobName) {
            if (job != null || jobName == null || jobName.isBlank()) {
                return job;
            }
            return Hudson.getInstance().getItemByFullName(jobName.trim(), AbstractProject.class);
        }

        /** The credentials of a form's button: the id it names, else the job's saved choice, else none. */
        private static GitAuth authOf(AbstractProject<?, ?> job, String credentialsId) throws IOException {
            boolean chosen = credentialsId != null && !credentialsId.isBlank();
            if (job instanceof DronePipelineJob drone) {
                return chosen ? drone.getCredentials().gitAuth(credentialsId.trim(), false) : drone.gitAuth();
            }
            return DroneSettings.get().gitAuth(credentialsId, false);
        }

        /** Checks the repository URL as the user types it: required, and a URL or path git understands. */
        @CapturedParameterNames({"job", "value"})
        public FormValidation doCheckRepositoryUrl(@AncestorInPath AbstractProject<?, ?> job,
                                                   @QueryParameter("value") String value) {
            checkConfigure(job);
            return JobFieldChecks.repositoryUrl(value);
        }

        /** Parses the agent label expression and says where it is invalid, or that no agent matches it yet. */
        @CapturedParameterNames({"job", "value"})
        public FormValidation doCheckAgentLabel(@AncestorInPath AbstractProject<?, ?> job,
                                                @QueryParameter("value") String value) {
            checkConfigure(job);
            return JobFieldChecks.agentLabel(value);
        }

        /** Checks that the timeout is a positive number of minutes. */
        @CapturedParameterNames({"job", "value"})
        public FormValidation doCheckTimeoutMinutes(@AncestorInPath AbstractProject<?, ?> job,
                                                    @QueryParameter("value") String value) {
            checkConfigure(job);
            return JobFieldChecks.timeoutMinutes(value);
        }

        private static void checkConfigure(AbstractProject<?, ?> job) {
            if (job != null) {
                job.checkPermission(Item.CONFIGURE);
            } else {
                Hudson.getInstance().checkPermission(Item.CONFIGURE);
            }
        }
    }
}
