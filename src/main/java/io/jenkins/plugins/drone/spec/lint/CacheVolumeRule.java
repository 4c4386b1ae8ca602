package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Volume;
import java.util.regex.Pattern;

/**
 * Cache volumes (docs/pipelines.md#caches): a key and a fallback of safe characters, files named relative to the
 * workspace without {@code ..}, and no other kind (host, temp) on the same volume.
 */
public final class CacheVolumeRule implements PipelineRule {

    /** Letters, digits, {@code . _ -}: a key becomes part of Docker labels and is compared by prefix. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    @Override
    public void check(LintContext ctx) {
        for (Volume volume : ctx.pipeline().volumes()) {
            Volume.Cache cache = volume.cache();
            if (cache == null) {
                continue;
            }
            String name = "cache volume `" + volume.name() + "`";
            if (volume.host() != null || volume.temp() != null) {
                ctx.error(cache.position(), "linter: " + name + " cannot also be a host or temp volume");
            }
            if (cache.key().isEmpty()) {
                ctx.error(cache.position(), "linter: " + name + " needs a key");
            } else if (!KEY.matcher(cache.key()).matches()) {
                ctx.error(cache.position(), "linter: " + name + " has an invalid key: " + cache.key()
                        + " (letters, digits, . _ - only)");
            }
            if (!cache.fallback().isEmpty() && !KEY.matcher(cache.fallback()).matches()) {
                ctx.error(cache.position(), "linter: " + name + " has an invalid fallback: " + cache.fallback()
                        + " (letters, digits, . _ - only)");
            }
            for (String file : cache.files()) {
                if (!validFile(file)) {
                    ctx.error(cache.position(), "linter: " + name + " names an invalid file: \"" + file
                            + "\" (a path relative to the workspace, without ..)");
                }
            }
        }
    }

    private static boolean validFile(String file) {
        return !file.isBlank() && !file.startsWith("/") && !file.contains("\\")
                && java.util.Arrays.stream(file.split("/")).noneMatch(".."::equals);
    }
}
