package io.jenkins.plugins.drone.jenkins.config;

import hudson.Extension;
import hudson.XmlFile;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Hudson;
import hudson.util.XStream2;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.secrets.DroneCredentials;
import io.jenkins.plugins.drone.jenkins.secrets.DroneSecret;
import io.jenkins.plugins.drone.jenkins.secrets.GitCredential;
import io.jenkins.plugins.drone.jenkins.secrets.RegistryCredential;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest;

/**
 * The plugin's section of the system configuration: global secrets, registry and git credentials (the global
 * {@link DroneCredentials}, administrators only), the log limit per step and the trusted jobs (kept here, not in
 * job XML, so that only administrators can grant trust). Settings saved by earlier versions in the Drone job
 * type's descriptor file are read once and moved into this one's file.
 */
@Extension
public final class DroneSettings extends Descriptor<DroneSettings>
        implements Describable<DroneSettings>, DroneCredentials {

    private static final Logger LOGGER = Logger.getLogger(DroneSettings.class.getName());
    /** Where versions before the split kept these settings, and the root element they wrote. */
    /** Each step keeps at most this much log by default (docs/drone-semantics.md#log-limit). */
    public static final int DEFAULT_LOG_LIMIT_MEGABYTES = 20;
    /** How long a pipeline waits for its lost agent by default (docs/install.md#controller-restarts-and-lost-agents). */
    public static final int DEFAULT_AGENT_GRACE_SECONDS = 300;
    private static final String FORMER_OWNER = "io.jenkins.plugins.drone.jenkins.job.DronePipelineJob";

    private List<DroneSecret> secrets = new ArrayList<>();
    private List<RegistryCredential> registries = new ArrayList<>();
    private List<GitCredential> gitCredentials = new ArrayList<>();
    private Set<String> trustedJobs = new TreeSet<>();
    private int logLimitMegabytes = DEFAULT_LOG_LIMIT_MEGABYTES;
    /** Boxed so that settings saved before it existed load as the default. */
    private Integer agentGraceSeconds = DEFAULT_AGENT_GRACE_SECONDS;

    public DroneSettings() {
        super(DroneSettings.class);
        load();
        migrateFormerFile();
    }

    /** The settings of this controller. */
    public static DroneSettings get() {
        return Hudson.getInstance().getDescriptorByType(DroneSettings.class);
    }

    @Override
    public DroneSettings getDescriptor() {
        return this;
    }

    @Override
    public String getDisplayName() {
        return Messages.droneSettingsDisplayName();
    }

    /** Secrets every job may use; a job's own secret of the same name wins. */
    public List<DroneSecret> getSecrets() {
        return secrets == null ? Collections.emptyList() : Collections.unmodifiableList(secrets);
    }

    /** Credentials for pulling private images. */
    public List<RegistryCredential> getRegistries() {
        return registries == null ? Collections.emptyList() : Collections.unmodifiableList(registries);
    }

    /** Git credentials jobs choose by id. */
    public List<GitCredential> getGitCredentials() {
        return gitCredentials == null ? Collections.emptyList() : Collections.unmodifiableList(gitCredentials);
    }

    @Override
    public List<DroneSecret> secrets() {
        return getSecrets();
    }

    @Override
    public List<RegistryCredential> registries() {
        return getRegistries();
    }

    @Override
    public List<GitCredential> gitCredentials() {
        return getGitCredentials();
    }

    /** Most megabytes of log kept per step, its beginning and its end; 0 keeps everything. */
    public synchronized int getLogLimitMegabytes() {
        return logLimitMegabytes;
    }

    /** {@link #getLogLimitMegabytes()} in bytes, as the engine takes it. */
    public synchronized long getLogLimitBytes() {
        return logLimitMegabytes * 1_000_000L;
    }

    /**
     * How long a running pipeline whose agent was lost (or whose controller restarted) waits for the agent to come
     * back before it is given up, cleaned up and failed.
     */
    public synchronized int getAgentGraceSeconds() {
        return agentGraceSeconds == null ? DEFAULT_AGENT_GRACE_SECONDS : agentGraceSeconds;
    }

    /** Full names of trusted jobs, one per line (for the system configuration form). */
    public synchronized String getTrustedJobs() {
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

    /** Revokes the trust of every name {@code stillValid} rejects. */
    public synchronized void retainTrusted(Predicate<String> stillValid) {
        if (trustedJobs().removeIf(stillValid.negate())) {
            save();
        }
    }

    private Set<String> trustedJobs() {
        if (trustedJobs == null) {
            trustedJobs = new TreeSet<>();
        }
        return trustedJobs;
    }

    @Override
    public boolean configure(StaplerRequest req, JSONObject json) throws FormException {
        Hudson.getInstance().checkPermission(Hudson.ADMINISTER);
        int logLimit = logLimit(json.optString("logLimitMegabytes", ""));
        int grace = agentGrace(json.optString("agentGraceSeconds", ""));
        secrets = new ArrayList<>(req.bindJSONToList(DroneSecret.class, json.opt("secrets")));
        registries = new ArrayList<>(req.bindJSONToList(RegistryCredential.class, json.opt("registries")));
        gitCredentials = new ArrayList<>(req.bindJSONToList(GitCredential.class, json.opt("gitCredentials")));
        Set<String> trusted = new TreeSet<>();
        for (String line : json.optString("trustedJobs", "").split("\\R")) {
            if (!line.isBlank()) {
                trusted.add(line.trim());
            }
        }
        for (String name : trusted) {
            if (Hudson.getInstance().getItemByFullName(name) == null) {
                throw new FormException(Messages.trustedJobUnknown(name), "trustedJobs");
            }
        }
        synchronized (this) {
            trustedJobs = trusted;
            logLimitMegabytes = logLimit;
            agentGraceSeconds = grace;
        }
        save();
        return true;
    }

    private static int logLimit(String value) throws FormException {
        if (value.isBlank()) {
            return DEFAULT_LOG_LIMIT_MEGABYTES;
        }
        try {
            int megabytes = Integer.parseInt(value.trim());
            if (megabytes >= 0) {
                return megabytes;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new FormException(Messages.logLimitInvalid(value), "logLimitMegabytes");
    }

    private static int agentGrace(String value) throws FormException {
        if (value.isBlank()) {
            return DEFAULT_AGENT_GRACE_SECONDS;
        }
        try {
            int seconds = Integer.parseInt(value.trim());
            if (seconds >= 1) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new FormException(Messages.agentGraceInvalid(value), "agentGraceSeconds");
    }

    /** Moves the settings an earlier version saved in {@code DronePipelineJob.xml} here, once. */
    private void migrateFormerFile() {
        File former = new File(Hudson.getInstance().getRootDir(), FORMER_OWNER + ".xml");
        File current = new File(Hudson.getInstance().getRootDir(), DroneSettings.class.getName() + ".xml");
        if (!former.isFile() || current.exists()) {
            return;
        }
        XStream2 xstream = new XStream2();
        xstream.alias(FORMER_OWNER + "$DescriptorImpl", DroneSettings.class);
        try {
            new XmlFile(xstream, former).unmarshal(this);
            save();
            if (current.exists() && !former.delete()) {
                LOGGER.warning("Cannot delete " + former + " after moving its settings to " + current);
            }
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Cannot read the former Drone settings " + former, e);
        }
    }
}
