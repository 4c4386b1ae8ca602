package io.jenkins.plugins.drone.jenkins.records;

import io.jenkins.plugins.drone.spec.bind.ByteSize;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/** How one cache volume served a pipeline run (docs/pipelines.md#caches): hit, fallback or miss, its key and size. */
@ExportedBean(defaultVisibility = 3)
public final class CacheRecord {

    private final String volume;
    private final String key;
    private final String outcome;
    private final String restoredFrom;
    private final boolean saved;
    private final long sizeBytes;

    public CacheRecord(String volume, String key, String outcome, String restoredFrom, boolean saved, long sizeBytes) {
        this.volume = volume;
        this.key = key;
        this.outcome = outcome;
        this.restoredFrom = restoredFrom == null ? "" : restoredFrom;
        this.saved = saved;
        this.sizeBytes = sizeBytes;
    }

    /** The pipeline volume. */
    @Exported
    public String getVolume() {
        return volume;
    }

    /** The resolved key, its files' checksum included. */
    @Exported
    public String getKey() {
        return key;
    }

    /** {@code hit}, {@code fallback} (restored from {@link #getRestoredFrom()}) or {@code miss}. */
    @Exported
    public String getOutcome() {
        return outcome;
    }

    /** The key a fallback hit was copied from; empty otherwise. */
    @Exported
    public String getRestoredFrom() {
        return restoredFrom;
    }

    /** Whether the run saved the cache (only successful runs do). */
    @Exported
    public boolean isSaved() {
        return saved;
    }

    /** Its size in binary units when saved, else empty. */
    public String getSizeText() {
        return sizeBytes < 0 ? "" : ByteSize.display(sizeBytes);
    }

    /** Its size in bytes when saved, else -1. */
    @Exported
    public long getSizeBytes() {
        return sizeBytes;
    }
}
