package io.jenkins.plugins.drone.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decorates a listener for a resumed run: drops the first {@link ResumePoint.StepProgress#linesDelivered} log
 * events of each entry, which the caller already holds, and passes on everything else
 * (docs/architecture.md#durable-runs-engine). Sits behind the masker and the log limit, so it counts the events
 * the caller counted.
 */
final class DeliveredLines implements PipelineListener {

    private final PipelineListener delegate;
    private final Map<String, AtomicLong> toDrop = new ConcurrentHashMap<>();

    DeliveredLines(ResumePoint from, PipelineListener delegate) {
        this.delegate = delegate;
        from.entries().forEach((entry, progress) -> toDrop.put(entry, new AtomicLong(progress.linesDelivered())));
    }

    @Override
    public void on(PipelineEvent event) {
        if (event instanceof PipelineEvent.StepLog log) {
            AtomicLong left = toDrop.get(log.step());
            if (left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return;
            }
        }
        delegate.on(event);
    }
}
