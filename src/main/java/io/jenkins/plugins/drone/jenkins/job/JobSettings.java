package io.jenkins.plugins.drone.jenkins.job;

import net.sf.json.JSONObject;

/** The plain settings of a Drone pipeline job as read from its configuration form, with defaults applied. */
record JobSettings(String repositoryUrl, String branch, String yamlPath, String agentLabel, int timeoutMinutes) {

    static JobSettings fromForm(JSONObject form) {
        return new JobSettings(
                form.optString("repositoryUrl", "").trim(),
                orDefault(form.optString("branch", ""), DronePipelineJob.DEFAULT_BRANCH),
                orDefault(form.optString("yamlPath", ""), DronePipelineJob.DEFAULT_YAML_PATH),
                form.optString("agentLabel", DronePipelineJob.DEFAULT_LABEL).trim(),
                positive(form.optString("timeoutMinutes", ""), DronePipelineJob.DEFAULT_TIMEOUT_MINUTES));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int positive(String value, int fallback) {
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
