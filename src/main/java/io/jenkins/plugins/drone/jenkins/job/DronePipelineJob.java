package io.jenkins.plugins.drone.jenkins.job;

import hudson.model.AbstractProject;
import java.util.TreeSet;
import java.util.Set;
import io.jenkins.plugins.drone.jenkins.secrets.RegistryCredential;
import io.jenkins.plugins.drone.jenkins.Messages;
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
import io.jenkins.plugins.drone.jenkins.job.YamlLint;
import java.io.File;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.secrets.DroneSecret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /** Whether an administrator marked this job trusted (privileged mode, host volumes...). */
    public boolean isTrusted() {
        return getDescriptor().isTrusted(getFullName());
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
        super.submit(req, rsp);
        JSONObject form = req.getSubmittedForm();
        JobSettings settings = JobSettings.fromForm(form);
        repositoryUrl = settings.repositoryUrl();
        branch = settings.branch();
        yamlPath = settings.yamlPath();
        agentLabel = settings.agentLabel();
        timeoutMinutes = settings.timeoutMinutes();
        secrets = new ArrayList<>(req.bindJSONToList(DroneSecret.class, form.opt("secrets")));
        if (Hudson.getInstance().hasPermission(Hudson.ADMINISTER)) {
            getDescriptor().setTrusted(getFullName(), form.optBoolean("trusted"));
        }
    }

    /**
     * "Drone pipeline" in New Job, and the plugin's system configuration: global secrets, registry
     * credentials and the list of trusted jobs (kept here, not in job XML, so that only administrators can
     * grant trust).
     */
    @Extension
    public static final class DescriptorImpl extends AbstractProject.AbstractProjectDescriptor {

        private List<DroneSecret> secrets = new ArrayList<>();
        private List<RegistryCredential> registries = new ArrayList<>();
        private Set<String> trustedJobs = new TreeSet<>();

        public DescriptorImpl() {
            load();
        }

        @Override
        public String getDisplayName() {
            return Messages.get("DronePipelineJob.displayName");
        }

        @Override
        public TopLevelItem newInstance(ItemGroup parent, String name) {
            return new DronePipelineJob(parent, name);
        }

        public List<DroneSecret> getSecrets() {
            return secrets == null ? Collections.emptyList() : Collections.unmodifiableList(secrets);
        }

        public List<RegistryCredential> getRegistries() {
            return registries == null ? Collections.emptyList() : Collections.unmodifiableList(registries);
        }

        /** Full names of trusted jobs, one per line (for the system configuration form). */
        public String getTrustedJobs() {
            return String.join("\n", trustedJobs());
        }

        public synchronized boolean isTrusted(String jobFullName) {
            return trustedJobs().contains(jobFullName);
        }

        /** Grants or revokes trust; callers check {@code Hudson.ADMINISTER}. */
        public synchronized void setTrusted(String jobFullName, boolean trusted) {
            boolean changed = trusted ? trustedJobs().add(jobFullName) : trustedJobs().remove(jobFullName);
            if (changed) {
                save();
            }
        }

        private Set<String> trustedJobs() {
            if (trustedJobs == null) {
                trustedJobs = new TreeSet<>();
            }
            return trustedJobs;
        }

        /**
         * "Lint this YAML" on the configuration page: reads the pipeline file of the form's repository and
         * branch and lints it. Reading a repository is what configuring a job allows, so it needs
         * {@link Item#CONFIGURE} on the job (or globally when called outside one, as the button does).
         */
        @CapturedParameterNames({"job", "repositoryUrl", "branch", "yamlPath"})
        public FormValidation doLintYaml(@AncestorInPath AbstractProject<?, ?> job,
                                         @QueryParameter("repositoryUrl") String repositoryUrl,
                                         @QueryParameter("branch") String branch,
                                         @QueryParameter("yamlPath") String yamlPath) {
            if (job != null) {
                job.checkPermission(Item.CONFIGURE);
            } else {
                Hudson.getInstance().checkPermission(Item.CONFIGURE);
            }
            boolean trusted = job != null && isTrusted(job.getFullName());
            return new YamlLint(new File(Hudson.getInstance().getRootDir(), "cache/drone-pipeline"))
                    .lint(repositoryUrl, branch, yamlPath, trusted);
        }

        @Override
        public boolean configure(StaplerRequest req, JSONObject json) {
            Hudson.getInstance().checkPermission(Hudson.ADMINISTER);
            JSONObject section = json;
            secrets = new ArrayList<>(req.bindJSONToList(DroneSecret.class, section.opt("secrets")));
            registries = new ArrayList<>(req.bindJSONToList(RegistryCredential.class, section.opt("registries")));
            Set<String> trusted = new TreeSet<>();
            for (String line : section.optString("trustedJobs", "").split("\\R")) {
                if (!line.isBlank()) {
                    trusted.add(line.trim());
                }
            }
            synchronized (this) {
                trustedJobs = trusted;
            }
            save();
            return true;
        }
    }
}
