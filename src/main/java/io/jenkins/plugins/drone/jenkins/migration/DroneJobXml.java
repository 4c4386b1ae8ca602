package io.jenkins.plugins.drone.jenkins.migration;

import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code config.xml} of a new Drone pipeline job, in the documented form of docs/examples/job-config.xml,
 * so the job is created exactly as {@code POST /createItem} would create it.
 */
final class DroneJobXml {

    private DroneJobXml() {}

    static InputStream of(String description, String repositoryUrl, String branch) {
        String xml = "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<" + DronePipelineJob.class.getName() + ">\n"
                + element("description", description)
                + "  <keepDependencies>false</keepDependencies>\n"
                + "  <properties/>\n"
                + "  <disabled>false</disabled>\n"
                + "  <blockBuildWhenUpstreamBuilding>false</blockBuildWhenUpstreamBuilding>\n"
                + "  <concurrentBuild>true</concurrentBuild>\n"
                + element("repositoryUrl", repositoryUrl)
                + element("branch", branch)
                + element("yamlPath", DronePipelineJob.DEFAULT_YAML_PATH)
                + element("agentLabel", DronePipelineJob.DEFAULT_LABEL)
                + element("timeoutMinutes", String.valueOf(DronePipelineJob.DEFAULT_TIMEOUT_MINUTES))
                + "</" + DronePipelineJob.class.getName() + ">\n";
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String element(String name, String text) {
        return "  <" + name + ">" + escape(text) + "</" + name + ">\n";
    }

    /** XML text content; characters XML 1.0 cannot hold at all are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
