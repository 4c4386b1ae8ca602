package io.jenkins.plugins.drone.jenkins.approval;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One entry of a build waiting for approval, as its page shows it: the image (and whether a digest pins it), what
 * of the host it asks for, and the secret names it wants. Persisted in build.xml: names only, never values.
 */
public final class PlannedStep {

    private final String pipeline;
    private final String name;
    private final String image;
    private final List<String> privileges;
    private final List<String> secrets;

    PlannedStep(String pipeline, String name, String image, List<String> privileges, List<String> secrets) {
        this.pipeline = pipeline;
        this.name = name;
        this.image = image;
        this.privileges = new ArrayList<>(privileges);
        this.secrets = new ArrayList<>(secrets);
    }

    /** Every entry that would run in {@code plans}, in file order. */
    public static List<PlannedStep> of(List<PipelinePlan> plans) {
        List<PlannedStep> rows = new ArrayList<>();
        for (PipelinePlan plan : plans) {
            if (!plan.run()) {
                continue;
            }
            for (StepPlan step : plan.steps()) {
                if (step.verdict().run()) {
                    rows.add(new PlannedStep(plan.name(), step.name(), step.image(), privileges(plan, step),
                            new ArrayList<>(new TreeSet<>(step.process().secretEnvironment().values()))));
                }
            }
        }
        return rows;
    }

    private static List<String> privileges(PipelinePlan plan, StepPlan step) {
        List<String> asked = new ArrayList<>();
        StepPlan.ContainerOptions container = step.container();
        if (container.privileged()) {
            asked.add("privileged");
        }
        for (StepPlan.Mount mount : container.volumes()) {
            plan.volumes().stream()
                    .filter(v -> v.name().equals(mount.name()) && v.hostPath() != null && !v.hostPath().isEmpty())
                    .forEach(v -> asked.add("host volume " + v.hostPath() + " at " + mount.path()));
        }
        container.devices().forEach(device -> asked.add("device " + device.name()));
        if (container.networkMode() != null && !container.networkMode().isEmpty()) {
            asked.add("network_mode " + container.networkMode());
        }
        return asked;
    }

    public String getPipeline() {
        return pipeline;
    }

    public String getName() {
        return name;
    }

    public String getImage() {
        return image;
    }

    /** Whether the image names a digest ({@code image@sha256:...}), so that what runs cannot change under it. */
    public boolean isPinned() {
        return image != null && image.contains("@sha256:");
    }

    /** Host-level settings it asks for: privileged, host volumes, devices, network mode. */
    public List<String> getPrivileges() {
        return privileges;
    }

    /** Names of the secrets it asks for. */
    public List<String> getSecrets() {
        return secrets;
    }
}
