package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.BlkioStatEntry;
import com.github.dockerjava.api.model.BlkioStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.Statistics;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows Docker's stats stream of a running container and keeps peak memory and cumulative block I/O.
 * The stream is opened only once the container has run for {@link #DELAY_MILLIS}: most CI steps are short,
 * and a stats stream per short step is daemon work on the critical path that yields nothing (Docker samples
 * about once a second). Steps that end sooner report -1 (unknown). Peak memory is the cgroup's own max usage
 * when Docker reports it (cgroup v1: the peak since the container started, so a late first sample loses
 * nothing), else the highest usage sampled; block I/O counters are cumulative.
 */
final class StatsSampler extends ResultCallback.Adapter<Statistics> {

    static final long DELAY_MILLIS = 1000;

    private boolean stopped;

    private volatile long peakMemory = -1;
    private volatile long readBytes = -1;
    private volatile long writeBytes = -1;

    /** Starts following {@code containerId}'s stats after the delay, unless stopped by then. */
    static StatsSampler follow(DockerClient docker, String containerId, ScheduledExecutorService delays) {
        StatsSampler sampler = new StatsSampler();
        delays.schedule(() -> {
            synchronized (sampler) {
                if (!sampler.stopped) {
                    docker.statsCmd(containerId).exec(sampler);
                }
            }
        }, DELAY_MILLIS, TimeUnit.MILLISECONDS);
        return sampler;
    }

    /** Stops sampling (or prevents it from starting); the figures so far stay readable. */
    void stop() {
        synchronized (this) {
            stopped = true;
        }
        try {
            close();
        } catch (IOException | RuntimeException e) {
            // a stream that already ended may fail to close; nothing is lost
        }
    }

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
