package io.jenkins.plugins.drone.jenkins.job;

import hudson.model.Descriptor;
import java.util.Map;
import net.sf.json.JSONObject;

/**
 * The plain settings of a Drone pipeline job, as read from its configuration form or its config.xml: blank or
 * missing values take the documented defaults (docs/jobs.md), invalid ones are refused naming the field.
 */
record JobSettings(String repositoryUrl, String branch, String yamlPath, String agentLabel, int timeoutMinutes) {

    /** The form's settings; a problem ({@link JobFieldChecks#problems}) refuses the form, naming the field. */
    static JobSettings fromForm(JSONObject form) throws Descriptor.FormException {
        String timeout = form.optString("timeoutMinutes", "");
        JobSettings settings = of(form.optString("repositoryUrl", ""), form.optString("branch", ""),
                form.optString("yamlPath", ""), form.optString("agentLabel", DronePipelineJob.DEFAULT_LABEL),
                timeout.isBlank() ? 0 : JobFieldChecks.minutes(timeout));
        Map<String, String> problems = JobFieldChecks.problems(settings);
        if (!problems.isEmpty()) {
            String firstField = problems.keySet().iterator().next();
            throw new Descriptor.FormException(String.join(" ", problems.values()), firstField);
        }
        return settings;
    }

    /**
     * Settings with defaults for what is missing: no branch, file or label (null, as XStream leaves a field
     * the XML lacks) → main, .drone.yml, docker; no timeout (0) → 60. A blank label stays blank (any agent).
     */
    static JobSettings of(String repositoryUrl, String branch, String yamlPath, String agentLabel, int timeoutMinutes) {
        return new JobSettings(repositoryUrl == null ? "" : repositoryUrl.trim(),
                orDefault(branch, DronePipelineJob.DEFAULT_BRANCH),
                orDefault(yamlPath, DronePipelineJob.DEFAULT_YAML_PATH),
                agentLabel == null ? DronePipelineJob.DEFAULT_LABEL : agentLabel.trim(),
                timeoutMinutes == 0 ? DronePipelineJob.DEFAULT_TIMEOUT_MINUTES : timeoutMinutes);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
