package io.jenkins.plugins.drone.jenkins.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real Stoplight Prism ({@code src/test/node}) serving a forge's own API description with {@code --errors}: it
 * answers 422 to any request that breaks the description and logs why. Tests read its log to prove that every
 * request they caused passed validation.
 */
public final class PrismMock implements AutoCloseable {

    private static final Path PRISM = Path.of("src/test/node/node_modules/.bin/prism");

    private final Process process;
    private final int port;
    private final List<String> log = new ArrayList<>();
    private final CountDownLatch listening = new CountDownLatch(1);

    private PrismMock(Path spec, int port) throws IOException {
        this.port = port;
        this.process = new ProcessBuilder(PRISM.toString(), "mock", spec.toString(), "-p", String.valueOf(port),
                "-h", "127.0.0.1", "--errors").redirectErrorStream(true).start();
        Thread reader = new Thread(this::readLog, "prism log " + port);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts Prism on a free port for {@code spec} and waits until it listens. */
    public static PrismMock start(Path spec) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PrismMock prism = new PrismMock(spec, port);
        if (!prism.listening.await(120, TimeUnit.SECONDS)) {
            prism.close();
            throw new IOException("Prism did not start for " + spec + ":\n" + String.join("\n", prism.log()));
        }
        return prism;
    }

    private void readLog() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (log) {
                    log.add(line);
                }
                if (line.contains("Prism is listening")) {
                    listening.countDown();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Every line Prism logged so far. */
    public List<String> log() {
        synchronized (log) {
            return new ArrayList<>(log);
        }
    }

    /** Log lines about requests (after start-up). */
    public List<String> requestLog() {
        List<String> all = log();
        int start = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).contains("Prism is listening")) {
                start = i + 1;
            }
        }
        return all.subList(start, all.size());
    }

    /** How many requests Prism received. */
    public long received() {
        return requestLog().stream().filter(l -> l.contains("Request received")).count();
    }

    /** The lines where Prism rejected a request (validation failures and errors). */
    public List<String> rejections() {
        return requestLog().stream().filter(l -> l.contains("did not pass the validation") || l.contains("✖"))
                .toList();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
