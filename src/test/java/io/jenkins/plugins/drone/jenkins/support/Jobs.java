package io.jenkins.plugins.drone.jenkins.support;

import hudson.model.Hudson;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates Drone pipeline jobs the documented way: from docs/examples/job-config.xml. */
public final class Jobs {

    private Jobs() {}

    /** The documented example config with its placeholders filled in. */
    public static String exampleConfig(String repoUrl, String branch) throws IOException {
        return Files.readString(Path.of("docs/examples/job-config.xml"), StandardCharsets.UTF_8)
                .replace("@REPO_URL@", repoUrl).replace("@BRANCH@", branch);
    }

    /** A job named {@code name} created from the example config, as {@code POST /createItem} would. */
    public static DronePipelineJob create(String name, String repoUrl, String branch) throws IOException {
        byte[] xml = exampleConfig(repoUrl, branch).getBytes(StandardCharsets.UTF_8);
        return (DronePipelineJob) Hudson.getInstance().createProjectFromXML(name, new ByteArrayInputStream(xml));
    }
}
