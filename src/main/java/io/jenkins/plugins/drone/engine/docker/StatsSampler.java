package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.BlkioStatEntry;
import com.github.dockerjava.api.model.BlkioStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.Statistics;
import java.util.List;
import java.util.Locale;

/**
 * Follows Docker's stats stream of a running container and keeps peak memory and cumulative block I/O.
 * Docker samples about once a second, which costs nothing extra per step; a step that ends before the
 * first sample keeps -1 (unknown). The cgroup's own max usage is used when Docker reports it (cgroup v1),
 * else the highest usage sampled.
 */
final class StatsSampler extends ResultCallback.Adapter<Statistics> {

    private volatile long peakMemory = -1;
    private volatile long readBytes = -1;
    private volatile long writeBytes = -1;

    @Override
    public void onNext(Statistics stats) {
        MemoryStatsConfig memory = stats.getMemoryStats();
        if (memory != null) {
            long usage = Math.max(orZero(memory.getUsage()), orZero(memory.getMaxUsage()));
            if (usage > 0) {
                peakMemory = Math.max(peakMemory, usage);
            }
        }
        BlkioStatsConfig blkio = stats.getBlkioStats();
        if (blkio != null && blkio.getIoServiceBytesRecursive() != null) {
            readBytes = Math.max(readBytes, sum(blkio.getIoServiceBytesRecursive(), "read"));
            writeBytes = Math.max(writeBytes, sum(blkio.getIoServiceBytesRecursive(), "write"));
        }
    }

    @Override
    public void onError(Throwable throwable) {
        // figures are best effort: a container that ends while being sampled is normal
    }

    private static long sum(List<BlkioStatEntry> entries, String op) {
        return entries.stream().filter(e -> op.equals(String.valueOf(e.getOp()).toLowerCase(Locale.ROOT)))
                .mapToLong(e -> orZero(e.getValue())).sum();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    long peakMemory() {
        return peakMemory;
    }

    long readBytes() {
        return readBytes;
    }

    long writeBytes() {
        return writeBytes;
    }
}
