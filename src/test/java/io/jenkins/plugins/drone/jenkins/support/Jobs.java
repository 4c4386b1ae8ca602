package io.jenkins.plugins.drone.jenkins.support;

import hudson.model.Hudson;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates Drone pipeline jobs the documented way: from docs/examples/job-config.xml (or -private.xml). */
public final class Jobs {

    private Jobs() {}

    /** The documented example config with its placeholders filled in. */
    public static String exampleConfig(String repoUrl, String branch) throws IOException {
        return Files.readString(Path.of("docs/examples/job-config.xml"), StandardCharsets.UTF_8)
                .replace("@REPO_URL@", repoUrl).replace("@BRANCH@", branch);
    }

    /**
     * The documented forge example config (docs/examples/job-config-forge.xml) with its placeholders filled in; no
     * API URL, so its builds report no statuses (StatusesIT points jobs at Prism for those).
     */
    public static String forgeConfig(String repoUrl, String slug, String forge, String secret) throws IOException {
        return Files.readString(Path.of("docs/examples/job-config-forge.xml"), StandardCharsets.UTF_8)
                .replace("@REPO_URL@", repoUrl).replace("@REPO_SLUG@", slug).replace("@FORGE@", forge)
                .replace("@FORGE_API_URL@", "").replace("@FORGE_TOKEN@", "token-not-used")
                .replace("@WEBHOOK_SECRET@", secret);
    }

    /** A job named {@code name} created from the forge example config, as {@code POST /createItem} would. */
    public static DronePipelineJob createLinked(String name, String repoUrl, String slug, String forge, String secret)
            throws IOException {
        return createFromXml(name, forgeConfig(repoUrl, slug, forge, secret));
    }

    /**
     * The documented private-repository example (docs/examples/job-config-private.xml) with its placeholders
     * filled in; pass empty strings for the ones a transport does not use.
     */
    public static String privateExampleConfig(String repoUrl, String branch, String username, String password,
                                              String privateKey, String knownHosts) throws IOException {
        return Files.readString(Path.of("docs/examples/job-config-private.xml"), StandardCharsets.UTF_8)
                .replace("@REPO_URL@", repoUrl).replace("@BRANCH@", branch).replace("@GIT_USERNAME@", username)
                .replace("@GIT_PASSWORD@", password).replace("@SSH_PRIVATE_KEY@", privateKey)
                .replace("@SSH_KNOWN_HOSTS@", knownHosts);
    }

    /** A job named {@code name} created from {@code xml}, as {@code POST /createItem} would. */
    public static DronePipelineJob createFromXml(String name, String xml) throws IOException {
        return (DronePipelineJob) Hudson.getInstance().createProjectFromXML(name,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A job named {@code name} created from the example config, as {@code POST /createItem} would. */
    public static DronePipelineJob create(String name, String repoUrl, String branch) throws IOException {
        return createFromXml(name, exampleConfig(repoUrl, branch));
    }
}
