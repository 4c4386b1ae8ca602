package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.WaitContainerCondition;
import io.jenkins.plugins.drone.engine.CacheRestore;
import io.jenkins.plugins.drone.engine.CacheVolume;
import io.jenkins.plugins.drone.engine.ContainerEngine;
import io.jenkins.plugins.drone.engine.ContainerSpec;
import io.jenkins.plugins.drone.engine.EngineException;
import io.jenkins.plugins.drone.engine.Labels;
import io.jenkins.plugins.drone.engine.LogSink;
import io.jenkins.plugins.drone.engine.RunResources;
import io.jenkins.plugins.drone.engine.RunSpec;
import io.jenkins.plugins.drone.engine.StepFigures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@link ContainerEngine} on a Docker engine through docker-java's typed Engine API calls (no CLI).
 * One client serves every run; streaming calls (logs, wait, stats) each hold a connection while a step
 * runs, and every callback is closed in {@code finally} (docker-java leaks pooled connections otherwise).
 */
public final class DockerContainerEngine implements ContainerEngine, AutoCloseable {

    private final DockerClient docker;
    private final ImagePuller puller;
    private final WorkspaceCopier copier;
    private final DockerAdoption adoption;
    private final CacheVolumes caches;
    /** How long a killed container's output is still read: its last lines, not a backlog of gigabytes. */
    static final long KILLED_OUTPUT_MILLIS = 3000;
    private static final long POLL_MILLIS = 250;
    private static final long WAIT_REGISTERED_SECONDS = 2;

    private final Map<String, StatsSampler> samplers = new ConcurrentHashMap<>();
    /** When each container was killed, so that its log is no longer read to the end of its backlog. */
    private final Map<String, Long> killedAt = new ConcurrentHashMap<>();
    /** Waits opened before each container started, so its exit is known without a round trip after its output ends. */
    private final Map<String, WaitContainerResultCallback> waits = new ConcurrentHashMap<>();
    /** How long each container's step waited for its image before it was created. */
    private final Map<String, Long> pullMillis = new ConcurrentHashMap<>();
    private final ScheduledExecutorService statsDelays = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drone-stats");
        thread.setDaemon(true);
        return thread;
    });

    public DockerContainerEngine(DockerClient docker) {
        this.docker = docker;
        this.puller = new ImagePuller(docker);
        this.copier = new WorkspaceCopier(docker);
        this.adoption = new DockerAdoption(docker);
        this.caches = new CacheVolumes(docker);
    }

    /** An engine on its own client for {@code host} (null/blank: DOCKER_HOST or the local socket); close it after use. */
    public static DockerContainerEngine connect(String host) {
        return new DockerContainerEngine(DockerClients.create(host));
    }

    /** Closes the client's connections. */
    @Override
    public void close() throws java.io.IOException {
        docker.close();
    }

    /** The client, for callers that also run a {@link DockerJanitor}. */
    public DockerClient client() {
        return docker;
    }

    @Override
    public RunResources setup(RunSpec run) {
        try {
            String network = run.resourcePrefix();
            String networkId = findNetwork(network);
            if (networkId == null) {
                networkId = docker.createNetworkCmd().withName(network).withDriver("bridge")
                        .withLabels(Labels.of(run, "_run")).exec().getId();
            }
            String workspace = null;
            if (run.hostWorkspace() == null) {
                workspace = volume(run, run.resourceName("workspace"));
            }
            Map<String, String> temps = new HashMap<>();
            run.dockerVolumes().forEach(name -> temps.put(name, volume(run, run.resourceName(name))));
            return new RunResources(run, networkId, network, workspace, temps);
        } catch (DockerException e) {
            throw new EngineException("cannot set up the run's network and volumes: " + e.getMessage(), e);
        }
    }

    private String findNetwork(String name) {
        return docker.listNetworksCmd().withNameFilter(name).exec().stream()
                .filter(n -> n.getName().equals(name)).map(n -> n.getId()).findFirst().orElse(null);
    }

    /** Creating a volume that exists returns it, which keeps setup idempotent. */
    private String volume(RunSpec run, String name) {
        var create = docker.createVolumeCmd().withName(name).withLabels(Labels.of(run, "_run"));
        if (!run.storage().volumeDriver().isBlank()) {
            create.withDriver(run.storage().volumeDriver()).withDriverOpts(run.storage().driverOptions());
        }
        return create.exec().getName();
    }

    @Override
    public CacheVolume restoreCache(RunResources run, CacheRestore request) {
        puller.ensure(run.spec().runId(), request.helperImage(), ContainerSpec.Pull.IF_MISSING, null, message -> {});
        try {
            return caches.restore(run.spec(), request, run.spec().storage().volumeDriver(),
                    run.spec().storage().driverOptions());
        } catch (DockerException e) {
            throw new EngineException("cannot restore cache " + request.volume() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long keepCache(RunResources run, CacheVolume cache) {
        try {
            return caches.keep(run.spec(), cache, run.spec().storage().cacheLimitBytes());
        } catch (DockerException | NumberFormatException e) {
            throw new EngineException("cannot save cache " + cache.volume() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void dropCache(RunResources run, CacheVolume cache) {
        caches.drop(cache);
    }

    @Override
    public void copyToWorkspace(RunResources run, Path dir, String containerPath) {
        try {
            copier.copy(run, dir, containerPath);
        } catch (DockerException e) {
            throw new EngineException("cannot copy files into the workspace: " + e.getMessage(), e);
        }
    }

    @Override
    public void readWorkspace(RunResources run, String containerPath, TarReader reader) {
        try {
            copier.read(run, containerPath, reader);
        } catch (DockerException | IOException e) {
            throw new EngineException("cannot read the workspace: " + e.getMessage(), e);
        }
    }

    @Override
    public String create(RunResources run, ContainerSpec spec, Consumer<String> warnings) {
        ContainerSpec.Image image = spec.image();
        long pulled = puller.ensure(run.spec().runId(), image.reference(), image.pull(), image.auth(), warnings);
        ContainerSpec.Process process = spec.process();
        try {
            CreateContainerCmd cmd = docker.createContainerCmd(image.reference())
                    .withName(spec.name())
                    .withLabels(spec.labels())
                    .withEnv(process.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
                    .withHostConfig(HostConfigs.of(spec));
            if (!process.entrypoint().isEmpty()) {
                cmd.withEntrypoint(process.entrypoint());
            }
            if (!process.command().isEmpty()) {
                cmd.withCmd(process.command());
            }
            if (process.workingDir() != null && !process.workingDir().isBlank()) {
                cmd.withWorkingDir(process.workingDir());
            }
            if (process.user() != null) {
                cmd.withUser(process.user());
            }
            if (!spec.network().aliases().isEmpty()) {
                cmd.withAliases(spec.network().aliases());
            }
            if (spec.health() != null) {
                cmd.withHealthcheck(HealthChecks.of(spec.health()));
            }
            String id = cmd.exec().getId();
            pullMillis.put(id, pulled);
            // like docker run, the wait is in place before the start (here: ahead, off the critical path), so the
            // exit is known as it happens, without a round trip after the output ends
            waits.put(id, docker.waitContainerCmd(id).withCondition(WaitContainerCondition.NEXT_EXIT)
                    .exec(new WaitContainerResultCallback()));
            return id;
        } catch (DockerException e) {
            throw new EngineException("cannot create the container of " + spec.step() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void start(String containerId) {
        awaitWaitRegistered(containerId);
        try {
            docker.startContainerCmd(containerId).exec();
        } catch (DockerException e) {
            closeQuietly(waits.remove(containerId));
            throw new EngineException("cannot start the container: " + e.getMessage(), e);
        }
        samplers.put(containerId, StatsSampler.follow(docker, containerId, statsDelays));
    }

    /**
     * The daemon answers a wait once it has registered it; a wait not registered by now is dropped, and
     * {@link #await} asks after the start instead (a next-exit wait registered after the exit would never end).
     */
    private void awaitWaitRegistered(String containerId) {
        WaitContainerResultCallback wait = waits.get(containerId);
        try {
            if (wait != null && !wait.awaitStarted(WAIT_REGISTERED_SECONDS, TimeUnit.SECONDS)) {
                closeQuietly(waits.remove(containerId));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(waits.remove(containerId));
        }
    }

    @Override
    public void streamLogs(String containerId, LogSink lines) {
        LogFollower follower = docker.logContainerCmd(containerId).withFollowStream(true)
                .withStdOut(true).withStdErr(true).exec(new LogFollower(lines));
        try {
            while (!follower.awaitEnd(POLL_MILLIS)) {
                Long killed = killedAt.get(containerId);
                if (killed != null && System.currentTimeMillis() - killed > KILLED_OUTPUT_MILLIS) {
                    follower.stop();
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(follower);
        }
    }

    @Override
    public ContainerExit await(String containerId) {
        WaitContainerResultCallback opened = waits.remove(containerId);
        WaitContainerResultCallback wait = opened != null ? opened
                : docker.waitContainerCmd(containerId).exec(new WaitContainerResultCallback());
        try {
            int code = wait.awaitStatusCode();
            boolean oom = code == 137 && Boolean.TRUE.equals(
                    docker.inspectContainerCmd(containerId).exec().getState().getOOMKilled());
            return new ContainerExit(code, oom);
        } catch (DockerException e) {
            throw new EngineException("lost the container while waiting for it: " + e.getMessage(), e);
        } finally {
            closeQuietly(wait);
            StatsSampler sampler = samplers.get(containerId);
            if (sampler != null) {
                sampler.stop();
            }
        }
    }

    @Override
    public StepFigures figures(String containerId) {
        StatsSampler s = samplers.get(containerId);
        long pulled = pullMillis.getOrDefault(containerId, 0L);
        return s == null ? new StepFigures(0, 0, -1, -1, -1, pulled)
                : new StepFigures(0, 0, s.peakMemory(), s.readBytes(), s.writeBytes(), pulled);
    }

    @Override
    public HealthReport health(String containerId) {
        try {
            return HealthChecks.report(docker.inspectContainerCmd(containerId).exec());
        } catch (NotFoundException e) {
            return new HealthReport(Health.EXITED, "", 0);
        } catch (DockerException e) {
            throw new EngineException("cannot read the container's health: " + e.getMessage(), e);
        }
    }

    @Override
    public void kill(String containerId) {
        killedAt.putIfAbsent(containerId, System.currentTimeMillis());
        try {
            docker.killContainerCmd(containerId).exec();
        } catch (NotFoundException | ConflictException e) {
            // already gone or not running: nothing to kill
        } catch (RuntimeException e) {
            // never throws: a kill that fails leaves the container to destroy()
        }
    }

    @Override
    public void remove(String containerId) {
        killedAt.remove(containerId);
        pullMillis.remove(containerId);
        WaitContainerResultCallback wait = waits.remove(containerId);
        if (wait != null) {
            closeQuietly(wait);
        }
        StatsSampler sampler = samplers.remove(containerId);
        if (sampler != null) {
            sampler.stop();
        }
        try {
            docker.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
        } catch (RuntimeException e) {
            // never throws: destroy() and the janitor catch what is left
        }
    }

    @Override
    public void destroy(RunResources run) {
        new RunCleaner(docker, this::remove).clean(run.spec().runId());
        puller.forget(run.spec().runId());
    }

    @Override
    public RunResources adopt(RunSpec run) {
        return adoption.adopt(run);
    }

    @Override
    public Map<String, String> containersOf(RunResources run) {
        return adoption.containersOf(run);
    }

    @Override
    public ContainerState state(String containerId) {
        return adoption.state(containerId);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // closing a finished stream can fail harmlessly
        }
    }
}
