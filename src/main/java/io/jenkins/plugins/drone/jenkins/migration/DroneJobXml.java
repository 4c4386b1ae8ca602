package io.jenkins.plugins.drone.jenkins.migration;

import hudson.Util;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The {@code config.xml} of a new Drone pipeline job, in the documented form of docs/examples/job-config.xml,
 * so the job is created exactly as {@code POST /createItem} would create it.
 */
final class DroneJobXml {

    private static final Pattern NOT_IN_XML = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]");

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

    /** XML text content, escaped by Hudson's {@code Util.xmlEscape}; characters XML 1.0 cannot hold are dropped. */
    static String escape(String text) {
        return Util.xmlEscape(NOT_IN_XML.matcher(text).replaceAll(""));
    }
}
