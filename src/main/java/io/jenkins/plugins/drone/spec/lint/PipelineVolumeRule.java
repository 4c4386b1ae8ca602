package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Volume;

/** Runner linter volume rules: memory and host volumes need trust; names are required and not reserved. */
public final class PipelineVolumeRule implements PipelineRule {

    @Override
    public void check(LintContext ctx) {
        for (Volume volume : ctx.pipeline().volumes()) {
            if (!ctx.trusted() && volume.temp() != null && volume.temp().medium().equals("memory")) {
                ctx.error(volume.temp().position(), Trust.UNTRUSTED + "cannot mount in-memory volumes" + Trust.HINT);
            }
            if (!ctx.trusted() && volume.host() != null) {
                ctx.error(volume.host().position(), Trust.UNTRUSTED + "cannot mount host volumes" + Trust.HINT);
            }
            if (volume.name().isEmpty()) {
                ctx.error(volume.position(), "linter: missing volume name");
            } else if (VolumeMountRule.RESERVED.contains(volume.name())) {
                ctx.error(volume.position(), "linter: invalid volume name: " + volume.name());
            }
        }
    }
}
