package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.jenkins.records.CacheRecord;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;

import io.jenkins.plugins.drone.engine.PipelineEvent;
import io.jenkins.plugins.drone.engine.PipelineListener;
import io.jenkins.plugins.drone.jenkins.logs.StepLogWriter;
import io.jenkins.plugins.drone.jenkins.ui.Figures;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the engine events of one pipeline into what Jenkins shows: the step records (status, exit code,
 * timings, figures), one log file per step with the time of each line ({@link StepLogWriter}), and prefixed
 * lines in the build's console log.
 */
public final class PipelineEventRecorder implements PipelineListener, AutoCloseable {

    private final PipelineRecord record;
    private final File logDir;
    private final PrintStream console;
    private final Map<String, StepLogWriter> openLogs = new HashMap<>();
    private final Runnable changed;

    /**
     * @param console the build's console; lines of parallel pipelines are written whole, one at a time
     * @param changed called when a step starts or ends, so that the records get saved
     */
    public PipelineEventRecorder(PipelineRecord record, File logDir, PrintStream console, Runnable changed) {
        this.record = record;
        this.logDir = logDir;
        this.console = console;
        this.changed = changed;
    }

    @Override
    public synchronized void on(PipelineEvent event) {
        if (event instanceof PipelineEvent.StepStarted started) {
            StepRecord step = record.step(started.step());
            if (step != null) {
                step.started(started.number(), started.atMillis());
                changed.run();
            }
        } else if (event instanceof PipelineEvent.StepLog log) {
            appendLog(log);
        } else if (event instanceof PipelineEvent.StepFinished done) {
            finish(done);
        } else if (event instanceof PipelineEvent.CacheUsed cache) {
            record.cacheUsed(new CacheRecord(cache.volume(), cache.key(), cache.outcome(), cache.restoredFrom(),
                    cache.saved(), cache.sizeBytes()));
            println("[" + record.getName() + "] cache " + cache.volume() + ": " + cache.outcome() + " " + cache.key()
                    + (cache.restoredFrom().isEmpty() ? "" : " from " + cache.restoredFrom())
                    + (cache.saved() ? ", saved " + Figures.bytes(cache.sizeBytes()) : ", not saved"));
        } else if (event instanceof PipelineEvent.Warning warning) {
            println("[" + record.getName() + "] warning: " + warning.message());
        }
    }

    private void finish(PipelineEvent.StepFinished done) {
        StepRecord step = record.step(done.step());
        if (step == null) {
            return;
        }
        step.finished(DroneStatus.of(done.status().word()), done.exitCode(), done.startedMillis(), done.finishedMillis(),
                done.message(), done.peakMemoryBytes(), done.blockReadBytes(), done.blockWriteBytes());
        step.masked(done.maskedSecrets());
        step.pulled(done.pullMillis());
        closeLog(done.step());
        changed.run();
        String why = done.message() == null || done.message().isEmpty() ? "" : " (" + done.message() + ")";
        println("[" + record.getName() + ":" + done.step() + "] " + done.status().word()
                + (done.status().isFailing() || done.exitCode() != 0 ? ", exit code " + done.exitCode() : "") + why);
    }

    private void appendLog(PipelineEvent.StepLog log) {
        String stepName = log.step();
        println("[" + record.getName() + ":" + stepName + "] " + log.line());
        StepRecord step = record.step(stepName);
        if (step == null) {
            return;
        }
        try {
            StepLogWriter out = openLogs.get(stepName);
            if (out == null) {
                out = StepLogWriter.at(new File(logDir, step.getLogFile()), step.logMark());
                openLogs.put(stepName, out);
            }
            out.append(log.line(), log.continues(), log.atMillis());
            step.logged(out.mark());
        } catch (IOException e) {
            println("[" + record.getName() + "] cannot write the log of " + stepName + ": " + e.getMessage());
        }
    }

    private void closeLog(String stepName) {
        StepLogWriter out = openLogs.remove(stepName);
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the content is flushed line by line; nothing is lost
            }
        }
    }

    private void println(String line) {
        synchronized (console) {
            console.println(line);
        }
    }

    /** Closes every log file still open (a pipeline that ended abnormally). */
    @Override
    public synchronized void close() {
        for (String step : openLogs.keySet().toArray(new String[0])) {
            closeLog(step);
        }
    }
}
