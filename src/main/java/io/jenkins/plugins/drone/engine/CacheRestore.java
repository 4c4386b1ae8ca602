package io.jenkins.plugins.drone.engine;

/**
 * What {@link ContainerEngine#restoreCache} needs for one cache volume.
 *
 * @param volume      the pipeline volume
 * @param scope       caches of other scopes are never used
 * @param key         the resolved key (its files' checksum included)
 * @param fallback    prefix of keys to copy from when the key has none; empty = no fallback
 * @param helperImage image that can run {@code cp -a} and {@code du}
 */
public record CacheRestore(String volume, String scope, String key, String fallback, String helperImage) {}
