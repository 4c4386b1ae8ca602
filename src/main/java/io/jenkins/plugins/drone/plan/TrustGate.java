package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.Volume;
import java.util.List;

/**
 * Refuses, for an untrusted job or a pull request from a fork (never trusted, even in a trusted job), every setting
 * that reaches the host: exec pipelines, privileged mode, host and memory volumes, network mode, devices, DNS, extra hosts, shm size.
 * The linter reports these too; this is the last gate before anything runs, so it checks again.
 */
final class TrustGate {

    private TrustGate() {
    }

    /** Why a setting is refused: the job is not trusted, or the build is a pull request from a fork. */
    private static String why(boolean fork) {
        return fork ? " is never allowed for a pull request from a fork" : " needs a trusted job";
    }

    /** Adds one error per refused setting of a pipeline that will run ({@code fork}: a fork pull request's). */
    static void check(Pipeline pipeline, boolean fork, List<Diagnostic> problems) {
        if (Pipeline.runsOnHost(pipeline.type())) {
            problems.add(Diagnostic.error(pipeline.at("type"), "pipeline \"" + pipeline.effectiveName()
                    + "\": an exec pipeline runs on the agent's host and" + why(fork)));
        }
        for (Volume volume : pipeline.volumes()) {
            if (volume.host() != null) {
                problems.add(Diagnostic.error(volume.position(), "pipeline \"" + pipeline.effectiveName()
                        + "\": host volume \"" + volume.name() + "\"" + why(fork)));
            }
            if (volume.temp() != null && "memory".equals(volume.temp().medium())) {
                problems.add(Diagnostic.error(volume.position(), "pipeline \"" + pipeline.effectiveName()
                        + "\": memory volume \"" + volume.name() + "\"" + why(fork)));
            }
        }
        pipeline.services().forEach(step -> checkStep(step, fork, problems));
        pipeline.steps().forEach(step -> checkStep(step, fork, problems));
    }

    private static void checkStep(Step step, boolean fork, List<Diagnostic> problems) {
        String why = why(fork);
        refuse(step, "privileged", "privileged mode" + why, step.privileged(), problems);
        refuse(step, "network_mode", "network_mode" + why, !step.networkMode().isEmpty(), problems);
        refuse(step, "devices", "devices" + why, !step.devices().isEmpty(), problems);
        refuse(step, "dns", "dns" + why, !step.dns().isEmpty(), problems);
        refuse(step, "dns_search", "dns_search" + why, !step.dnsSearch().isEmpty(), problems);
        refuse(step, "extra_hosts", "extra_hosts" + why, !step.extraHosts().isEmpty(), problems);
        refuse(step, "shm_size", "shm_size" + why, step.shmSize() != 0, problems);
        refuse(step, "tmpfs", "tmpfs" + why, !step.tmpfs().isEmpty(), problems);
    }

    private static void refuse(Step step, String key, String what, boolean used, List<Diagnostic> problems) {
        if (used) {
            problems.add(Diagnostic.error(step.at(key), "step \"" + step.name() + "\": " + what));
        }
    }
}
