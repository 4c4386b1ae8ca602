package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PipelinePlan.CacheSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Resolves a cache's key (docs/pipelines.md#caches): the key as written, then, when files are named, {@code -} and
 * the first 16 hex digits of the SHA-256 of their names and contents in the cloned workspace (a missing file counts
 * as missing, so adding it changes the key).
 */
public final class CacheKeys {

    private CacheKeys() {}

    /** The key of {@code cache} for the files under {@code workspace} (null: no files to read, e.g. no clone). */
    public static String resolve(CacheSpec cache, Path workspace) {
        if (cache.files().isEmpty()) {
            return cache.key();
        }
        MessageDigest digest = sha256();
        for (String file : cache.files()) {
            digest.update((file + "\0").getBytes(StandardCharsets.UTF_8));
            Path path = workspace == null ? null : workspace.resolve(file).normalize();
            if (path != null && path.startsWith(workspace.normalize()) && Files.isRegularFile(path)) {
                digest.update(read(path));
            } else {
                digest.update("\0missing".getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
        }
        return cache.key() + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** A short, stable digest of {@code text} for volume names. */
    public static String digest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " for a cache key", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }
}
