package io.jenkins.plugins.drone.jenkins.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * The real Hudson 1.395 war in a JVM of its own, with the packaged plugin ({@code target/drone-pipeline.hpi}) and
 * the demo configuration ({@code scripts/demo-config}: agent {@code agent-1} labeled {@code docker}, launched by
 * command), on a free port and a home of its own. Unlike a HudsonTestCase it can be stopped as an operator would
 * stop it, with SIGTERM (Hudson's orderly exit) or SIGKILL, and started again on the same home. Driven over HTTP.
 */
public final class HudsonWar implements AutoCloseable {

    private final File home;
    private final File work;
    private final int port;
    private Process process;
    private int starts;

    private HudsonWar(File dir) throws IOException {
        this.home = new File(dir, "home");
        this.work = new File(dir, "work");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** A new home in {@code dir} with the plugin and the demo configuration; {@link #start()} runs it. */
    public static HudsonWar create(File dir) throws IOException, InterruptedException {
        HudsonWar war = new HudsonWar(dir);
        Files.createDirectories(war.home.toPath().resolve("plugins"));
        Files.createDirectories(war.work.toPath());
        Files.copy(Path.of(System.getProperty("drone.hpi")), war.home.toPath().resolve("plugins/drone-pipeline.hpi"),
                StandardCopyOption.REPLACE_EXISTING);
        try (ZipFile zip = new ZipFile(System.getProperty("drone.war"));
             InputStream slave = zip.getInputStream(zip.getEntry("WEB-INF/slave.jar"))) {
            Files.copy(slave, war.work.toPath().resolve("slave.jar"), StandardCopyOption.REPLACE_EXISTING);
        }
        Process config = new ProcessBuilder("scripts/demo-config", war.home.getPath(), war.work.getPath(),
                new File("").getAbsolutePath()).inheritIO().start();
        if (config.waitFor() != 0) {
            throw new IOException("scripts/demo-config failed");
        }
        return war;
    }

    /** Writes a file of the home (a job's config.xml, a plugin's settings) before a start. */
    public void write(String path, String content) throws IOException {
        Path file = home.toPath().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    public File home() {
        return home;
    }

    /** Starts Hudson on the home and waits until it answers and its agent is online. */
    public void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("--add-opens")).forEach(command::add);
        command.addAll(List.of("-Dhudson.util.ProcessTreeKiller.disable=true", "-DHUDSON_HOME=" + home, "-Xmx512m",
                "-cp", System.getProperty("drone.war"), "scripts/HudsonLauncher.java", "--httpPort=" + port,
                "--httpListenAddress=127.0.0.1", "--ajp13Port=-1", "--httpsPort=-1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(work, "hudson-" + (++starts) + ".log"));
        builder.environment().put("HUDSON_HOME", home.getPath());
        process = builder.start();
        Builds.await("Hudson answering on port " + port, 120, () -> status("api/json") == 200);
        Builds.await("agent-1 online", 60, () -> get("computer/agent-1/api/json").contains("\"offline\":false"));
    }

    /** SIGTERM, as {@code kill PID} or a service manager's stop: Hudson exits in order. */
    public void terminate() throws InterruptedException {
        stop(false);
    }

    /** SIGKILL, as {@code kill -9 PID}: Hudson gets no chance to do anything. */
    public void kill() throws InterruptedException {
        stop(true);
    }

    /** Kills the agent JVMs this Hudson launched ({@code kill -9}); the controller stays up. */
    public int killAgents() {
        return AgentProcesses.killAll(process.toHandle());
    }

    private void stop(boolean forcibly) throws InterruptedException {
        List<ProcessHandle> agents = process.toHandle().descendants().toList();
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        process.waitFor(120, TimeUnit.SECONDS);
        for (ProcessHandle agent : agents) {
            agent.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }

    /** The body of a GET of {@code path} (relative to the root), "" when it fails. */
    public String get(String path) {
        try {
            HttpURLConnection http = open(path, "GET");
            try (InputStream in = http.getResponseCode() < 400 ? http.getInputStream() : http.getErrorStream()) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        }
    }

    /** The HTTP status of a POST of {@code path}. */
    public int post(String path) throws IOException {
        HttpURLConnection http = open(path, "POST");
        http.setDoOutput(true);
        http.getOutputStream().close();
        return http.getResponseCode();
    }

    private int status(String path) {
        try {
            return open(path, "GET").getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private HttpURLConnection open(String path, String method) throws IOException {
        HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/" + path).toURL()
                .openConnection();
        http.setRequestMethod(method);
        http.setInstanceFollowRedirects(false);
        http.setConnectTimeout(5000);
        http.setReadTimeout(30000);
        return http;
    }

    /** Stops Hudson and its agents if they still run. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
