package io.jenkins.plugins.drone.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event of a run, for assertions. */
public final class RecordingListener implements PipelineListener {

    public final List<PipelineEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void on(PipelineEvent event) {
        events.add(event);
    }

    /** The log lines of one step, in order. */
    public List<String> lines(String step) {
        return events.stream().filter(e -> e instanceof PipelineEvent.StepLog l && l.step().equals(step))
                .map(e -> ((PipelineEvent.StepLog) e).line()).toList();
    }

    /** Every log line of the run. */
    public List<String> allLines() {
        return events.stream().filter(e -> e instanceof PipelineEvent.StepLog)
                .map(e -> ((PipelineEvent.StepLog) e).line()).toList();
    }

    public List<String> warnings() {
        return events.stream().filter(e -> e instanceof PipelineEvent.Warning)
                .map(e -> ((PipelineEvent.Warning) e).message()).toList();
    }
}
