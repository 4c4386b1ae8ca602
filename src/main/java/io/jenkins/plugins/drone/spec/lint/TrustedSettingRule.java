package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Step;
import java.util.Set;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runner linter rules 4–10 and tmpfs (docs/drone-semantics.md#tmpfs): a step setting that only trusted jobs may use;
 * one instance per setting.
 */
public final class TrustedSettingRule implements StepRule {

    private final String key;
    private final String cannot;
    private final Predicate<Step> used;

    /** {@code cannot} completes "untrusted repositories …", e.g. {@code cannot enable privileged mode}. */
    public TrustedSettingRule(String key, String cannot, Predicate<Step> used) {
        this.key = key;
        this.cannot = cannot;
        this.used = used;
    }

    /** The settings of docs/drone-semantics.md#runner-lint-rules in Drone's order. */
    public static List<StepRule> all() {
        return List.of(
                new TrustedSettingRule("privileged", "cannot enable privileged mode", Step::privileged),
                new TrustedSettingRule("devices", "cannot mount devices", s -> !s.devices().isEmpty()),
                new TrustedSettingRule("dns", "cannot configure dns", s -> !s.dns().isEmpty()),
                new TrustedSettingRule("dns_search", "cannot configure dns_search", s -> !s.dnsSearch().isEmpty()),
                new TrustedSettingRule("extra_hosts", "cannot configure extra_hosts", s -> !s.extraHosts().isEmpty()),
                new TrustedSettingRule("network_mode", "cannot configure network_mode", s -> !s.networkMode().isEmpty()),
                new TrustedSettingRule("shm_size", "cannot configure shm_size", s -> s.shmSize() > 0),
                new TrustedSettingRule("tmpfs", "cannot mount tmpfs", s -> !s.tmpfs().isEmpty()));
    }

    @Override
    public void check(Step step, Set<String> earlier, LintContext ctx) {
        if (!ctx.trusted() && used.test(step)) {
            ctx.error(step.at(key), Trust.UNTRUSTED + cannot + Trust.HINT);
        }
    }
}
