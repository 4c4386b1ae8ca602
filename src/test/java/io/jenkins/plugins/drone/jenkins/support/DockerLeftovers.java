package io.jenkins.plugins.drone.jenkins.support;

import io.jenkins.plugins.drone.engine.Labels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lists (and removes) the Docker containers, networks and volumes that carry a label, through the docker CLI. */
public final class DockerLeftovers {

    private DockerLeftovers() {}

    /** Everything (containers, networks, volumes) labelled {@code key=value}, one line each. */
    public static List<String> labelled(String key, String value) throws IOException, InterruptedException {
        List<String> found = new ArrayList<>();
        String filter = "label=" + key + "=" + value;
        found.addAll(run("docker", "ps", "-aq", "--filter", filter));
        found.addAll(run("docker", "network", "ls", "-q", "--filter", filter));
        found.addAll(run("docker", "volume", "ls", "-q", "--filter", filter));
        return found;
    }

    /** Removes everything labelled {@code key=value} that an earlier, interrupted test run left behind. */
    public static void remove(String key, String value) throws IOException, InterruptedException {
        String filter = "label=" + key + "=" + value;
        for (String container : run("docker", "ps", "-aq", "--filter", filter)) {
            run("docker", "rm", "-f", container);
        }
        for (String network : run("docker", "network", "ls", "-q", "--filter", filter)) {
            run("docker", "network", "rm", network);
        }
        for (String volume : run("docker", "volume", "ls", "-q", "--filter", filter)) {
            run("docker", "volume", "rm", volume);
        }
    }

    /** The cache volumes kept for {@code scope} (docs/pipelines.md#caches): volume name to cache key. */
    public static Map<String, String> caches(String scope) throws IOException, InterruptedException {
        Map<String, String> caches = new TreeMap<>();
        for (String line : run("docker", "volume", "ls", "--filter", "label=" + Labels.CACHE_SCOPE + "=" + scope,
                "--format", "{{.Name}} {{.Label \"" + Labels.CACHE_KEY + "\"}}")) {
            String[] nameAndKey = line.split(" ", 2);
            caches.put(nameAndKey[0], nameAndKey.length > 1 ? nameAndKey[1] : "");
        }
        return caches;
    }

    /** Removes the cache volumes of {@code scope} with the container that holds each one's record. */
    public static void removeCaches(String scope) throws IOException, InterruptedException {
        for (String volume : caches(scope).keySet()) {
            run("docker", "rm", "-f", volume + "-meta");
            run("docker", "volume", "rm", volume);
        }
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.trim());
            }
        }
        return lines;
    }
}
