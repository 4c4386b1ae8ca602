package io.jenkins.plugins.drone.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A run whose engine dies: {@link ResumeChild} runs it in a child JVM, this side keeps the events it printed (what a
 * controller durably wrote), kills the JVM with SIGKILL when they show what the test waits for (no cleanup
 * runs), and builds the {@link ResumePoint} a controller would build from them.
 */
final class KilledRun {

    final RunRequest request;
    final List<PipelineEvent> received = new CopyOnWriteArrayList<>();
    private final Process process;
    private final Thread reader;

    private KilledRun(RunRequest request, Process process) {
        this.request = request;
        this.process = process;
        this.reader = new Thread(this::read, "killed-run-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code request} in a child JVM. */
    static KilledRun start(RunRequest request) throws IOException {
        Path file = Files.createTempFile("resume-request", ".ser");
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(request);
        }
        file.toFile().deleteOnExit();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ResumeChild.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new KilledRun(request, process);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                received.add(PipelineEvents.fromJson(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (up to a minute) until an event received matches, then kills the JVM with SIGKILL and waits for it. */
    KilledRun killWhen(Predicate<PipelineEvent> seen) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (received.stream().noneMatch(seen)) {
            if (System.currentTimeMillis() > end || !process.isAlive()) {
                process.destroyForcibly();
                throw new AssertionError("the child run never got there; it printed " + received);
            }
            Thread.sleep(20);
        }
        process.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return this;
    }

    /** Whether the event is a log line {@code text} of {@code step}. */
    static Predicate<PipelineEvent> line(String step, String text) {
        return e -> e instanceof PipelineEvent.StepLog log && log.step().equals(step) && log.line().equals(text);
    }

    /** The log lines of {@code step} received before the kill, in order. */
    List<String> lines(String step) {
        return received.stream().filter(e -> e instanceof PipelineEvent.StepLog l && l.step().equals(step))
                .map(e -> ((PipelineEvent.StepLog) e).line()).toList();
    }

    /** What a controller would have recorded from the events received: status, exit code, lines per entry. */
    ResumePoint resumePoint() {
        return resumePoint(received);
    }

    /** What a controller would record from {@code events}: the start, and status, exit code, lines per entry. */
    static ResumePoint resumePoint(List<PipelineEvent> events) {
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
