package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.Volume;
import java.util.List;

/**
 * Refuses, for an untrusted job, every setting that reaches the host: privileged mode, host and memory volumes,
 * network mode, devices, DNS, extra hosts, shm size. The linter reports these too; this is the last gate before
 * anything runs, so it checks again.
 */
final class TrustGate {

    private TrustGate() {
    }

    /** Adds one error per refused setting of a pipeline that will run. */
    static void check(Pipeline pipeline, List<Diagnostic> problems) {
        for (Volume volume : pipeline.volumes()) {
            if (volume.host() != null) {
                problems.add(Diagnostic.error(volume.position(), "pipeline \"" + pipeline.effectiveName()
                        + "\": host volume \"" + volume.name() + "\" needs a trusted job"));
            }
            if (volume.temp() != null && "memory".equals(volume.temp().medium())) {
                problems.add(Diagnostic.error(volume.position(), "pipeline \"" + pipeline.effectiveName()
                        + "\": memory volume \"" + volume.name() + "\" needs a trusted job"));
            }
        }
        pipeline.services().forEach(step -> checkStep(step, problems));
        pipeline.steps().forEach(step -> checkStep(step, problems));
    }

    private static void checkStep(Step step, List<Diagnostic> problems) {
        refuse(step, "privileged", "privileged mode", step.privileged(), problems);
        refuse(step, "network_mode", "network_mode", !step.networkMode().isEmpty(), problems);
        refuse(step, "devices", "devices", !step.devices().isEmpty(), problems);
        refuse(step, "dns", "dns", !step.dns().isEmpty(), problems);
        refuse(step, "dns_search", "dns_search", !step.dnsSearch().isEmpty(), problems);
        refuse(step, "extra_hosts", "extra_hosts", !step.extraHosts().isEmpty(), problems);
        refuse(step, "shm_size", "shm_size", step.shmSize() != 0, problems);
        refuse(step, "tmpfs", "tmpfs", !step.tmpfs().isEmpty(), problems);
    }

    private static void refuse(Step step, String key, String what, boolean used, List<Diagnostic> problems) {
        if (used) {
            problems.add(Diagnostic.error(step.at(key),
                    "step \"" + step.name() + "\": " + what + " needs a trusted job"));
        }
    }
}
