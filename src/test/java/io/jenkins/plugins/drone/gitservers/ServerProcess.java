package io.jenkins.plugins.drone.gitservers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A server started from its Debian package in a temp directory of its own, on a free loopback port. */
abstract class ServerProcess implements AutoCloseable {

    /** The server's directory: configuration, keys, logs and the repositories it serves. */
    protected final Path dir;
    /** The loopback port it listens on. */
    protected final int port;
    private Process process;

    protected ServerProcess(String name) {
        try {
            dir = Files.createTempDirectory(name, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code command} with its output in {@code log} and waits until the port accepts connections. */
    protected final void start(List<String> command, String log) throws IOException, InterruptedException {
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile()).start();
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IOException(String.join(" ", command) + " did not start: " + read(log));
                }
                Thread.sleep(100);
            }
        }
    }

    /** Runs a helper program to its end, failing with its output when it fails. */
    static void run(File workDir, String... command) throws IOException, InterruptedException {
        Process helper = new ProcessBuilder(command).directory(workDir).redirectErrorStream(true).start();
        String output = new String(helper.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!helper.waitFor(60, TimeUnit.SECONDS) || helper.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** A file of the server's directory as text (its log, for failure messages). */
    protected final String read(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** Creates an empty bare repository {@code name} under the server's {@code repos} directory. */
    protected final Path bareRepository(String name) throws IOException, InterruptedException {
        Path repo = dir.resolve("repos").resolve(name);
        Files.createDirectories(repo);
        run(repo.toFile(), "git", "init", "--quiet", "--bare", "--initial-branch=main");
        return repo;
    }

    /**
     * Commits {@code files} (path to content) on {@code main} of the served repository {@code name} and returns
     * the new commit; the test's side of the repository, written locally with the {@code git} program.
     */
    public final String commit(String name, Map<String, String> files) throws IOException, InterruptedException {
        File work = dir.resolve("work").resolve(name).toFile();
        if (!work.isDirectory()) {
            run(dir.toFile(), "git", "clone", "--quiet", dir.resolve("repos").resolve(name).toString(),
                    work.getPath());
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = work.toPath().resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        run(work, "git", "add", "--all");
        run(work, "git", "-c", "user.name=Ada Lovelace", "-c", "user.email=ada@example.com", "commit", "--quiet",
                "-m", "change " + files.keySet());
        run(work, "git", "push", "--quiet", "origin", "HEAD:refs/heads/main");
        Process head = new ProcessBuilder("git", "rev-parse", "HEAD").directory(work).start();
        String commit = new String(head.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        head.waitFor();
        return commit;
    }

    /** Stops the server and deletes its directory. */
    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
