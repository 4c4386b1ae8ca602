package io.jenkins.plugins.drone.jenkins.support;

import hudson.model.FreeStyleProject;
import hudson.model.Hudson;
import hudson.tasks.Builder;
import io.jenkins.plugins.drone.jenkins.migration.DronePipelineStep;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Creates freestyle jobs for integration tests: from docs/examples/freestyle-config.xml, or from builders. */
public final class FreestyleJobs {

    private FreestyleJobs() {}

    /** A job named {@code name} created from the example config exactly as {@code POST /createItem} would. */
    public static FreeStyleProject fromExample(String name) throws IOException {
        try (InputStream xml = Files.newInputStream(Path.of("docs/examples/freestyle-config.xml"))) {
            return (FreeStyleProject) Hudson.getInstance().createProjectFromXML(name, xml);
        }
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
