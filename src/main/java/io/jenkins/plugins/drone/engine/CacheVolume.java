package io.jenkins.plugins.drone.engine;

import java.util.Locale;

/**
 * A cache volume as {@link ContainerEngine#restoreCache} found or made it for one run.
 *
 * @param volume       the pipeline volume it serves
 * @param dockerVolume the runtime volume that steps mount
 * @param key          the resolved key
 * @param outcome      whether the key was found, a fallback was copied, or it starts empty
 * @param restoredFrom the key copied from on a fallback hit, else ""
 * @param helperImage  the image that copies and measures it
 */
public record CacheVolume(String volume, String dockerVolume, String key, Outcome outcome, String restoredFrom,
                          String helperImage) {

    /** How a cache was restored. */
    public enum Outcome {
        /** The key had a cache: steps use it as it is. */
        HIT,
        /** The key had none; the newest cache whose key starts with the fallback was copied into a new one. */
        FALLBACK,
        /** Nothing to restore: steps start with an empty volume. */
        MISS;

        /** {@code hit}, {@code fallback}, {@code miss}: how pages and api/json spell it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether this run created the volume, so that a failed run removes it instead of saving it. */
    public boolean createdByRun() {
        return outcome != Outcome.HIT;
    }
}
