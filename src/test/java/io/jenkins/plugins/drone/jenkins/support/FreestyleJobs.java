package io.jenkins.plugins.drone.jenkins.support;

import com.gargoylesoftware.htmlunit.HttpMethod;
import com.gargoylesoftware.htmlunit.WebRequestSettings;
import hudson.model.FreeStyleProject;
import hudson.model.Hudson;
import hudson.tasks.Builder;
import io.jenkins.plugins.drone.jenkins.migration.DronePipelineStep;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jvnet.hudson.test.HudsonTestCase;

/** Creates freestyle jobs for integration tests: from docs/examples/freestyle-config.xml over HTTP, or from builders. */
public final class FreestyleJobs {

    private FreestyleJobs() {}

    /**
     * A job named {@code name} created by {@code POST /createItem} (with a crumb) carrying the example config,
     * unchanged, as its body.
     */
    public static FreeStyleProject postExample(HudsonTestCase.WebClient client, String name) throws IOException {
        URL url = new URL(client.createCrumbedUrl("createItem") + "&name=" + name);
        WebRequestSettings request = new WebRequestSettings(url, HttpMethod.POST);
        request.setAdditionalHeader("Content-Type", "application/xml");
        request.setRequestBody(Files.readString(Path.of("docs/examples/freestyle-config.xml"), StandardCharsets.UTF_8));
        client.getPage(request);
        return (FreeStyleProject) Hudson.getInstance().getItem(name);
    }

    /** A "Run Drone pipeline" step running {@code yaml} written inline, without secrets. */
    public static DronePipelineStep droneStep(String yaml) {
        return new DronePipelineStep(null, yaml, List.of());
    }

    /** A job named {@code name} that runs {@code builders} in order on an agent labeled docker. */
    public static FreeStyleProject onDocker(String name, Builder... builders) throws IOException {
        FreeStyleProject job = Hudson.getInstance().createProject(FreeStyleProject.class, name);
        job.setAssignedLabel(Hudson.getInstance().getLabel("docker"));
        for (Builder builder : builders) {
            job.getBuildersList().add(builder);
        }
        return job;
    }
}
