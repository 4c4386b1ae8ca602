package io.jenkins.plugins.drone.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A run whose engine dies: {@link ResumeChild} runs it in a child JVM, this side keeps the events it printed (what a
 * controller durably wrote), kills the JVM with SIGKILL when they show what the test waits for (no cleanup
 * runs), and builds the {@link ResumePoint} a controller would build from them.
 */
final class KilledRun {

    final RunRequest request;
    final RecordingListener received = new RecordingListener();
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
                received.on(PipelineEvents.fromJson(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (up to a minute) until an event received matches, then kills the JVM with SIGKILL and waits for it. */
    KilledRun killWhen(Predicate<PipelineEvent> seen) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (received.events.stream().noneMatch(seen)) {
            if (System.currentTimeMillis() > end || !process.isAlive()) {
                process.destroyForcibly();
                throw new AssertionError("the child run never got there; it printed " + received.events);
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
        return received.lines(step);
    }

    /** What a controller would have recorded from the events received: status, exit code, lines per entry. */
    ResumePoint resumePoint() {
        return received.resumePoint();
    }
}
