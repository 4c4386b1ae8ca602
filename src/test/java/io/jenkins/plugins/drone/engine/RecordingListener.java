package io.jenkins.plugins.drone.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** What a controller would record from these events: the run's start, and status, exit code, lines per entry. */
    public ResumePoint resumePoint() {
        long started = 0;
        Map<String, ResumePoint.StepProgress> entries = new HashMap<>();
        for (PipelineEvent event : events) {
            if (event instanceof PipelineEvent.PipelineStarted s) {
                started = s.atMillis();
            } else if (event instanceof PipelineEvent.StepStarted s) {
                entries.put(s.step(), new ResumePoint.StepProgress(StepStatus.RUNNING, 0, 0));
            } else if (event instanceof PipelineEvent.StepLog l) {
                ResumePoint.StepProgress p = entries.getOrDefault(l.step(), ResumePoint.StepProgress.PENDING);
                entries.put(l.step(), new ResumePoint.StepProgress(p.status(), 0, p.linesDelivered() + 1));
            } else if (event instanceof PipelineEvent.StepFinished f) {
                ResumePoint.StepProgress p = entries.getOrDefault(f.step(), ResumePoint.StepProgress.PENDING);
                entries.put(f.step(), new ResumePoint.StepProgress(f.status(), f.exitCode(), p.linesDelivered()));
            }
        }
        return new ResumePoint(started, entries);
    }
}
