package io.jenkins.plugins.drone.engine.process;

import io.jenkins.plugins.drone.engine.ContainerEngine;
import io.jenkins.plugins.drone.engine.ContainerSpec;
import io.jenkins.plugins.drone.engine.Directories;
import io.jenkins.plugins.drone.engine.EngineException;
import io.jenkins.plugins.drone.engine.LogSink;
import io.jenkins.plugins.drone.engine.RunResources;
import io.jenkins.plugins.drone.engine.RunSpec;
import io.jenkins.plugins.drone.engine.StepFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link ContainerEngine} of exec pipelines: each step's script runs as {@code /bin/sh -e <script>} on this machine,
 * in the run's own directory ({@link RunDirectory}), with the agent's environment plus the step's; images, networks,
 * mounts and limits of the {@link ContainerSpec} do not apply. A killed step, and whatever it left running when it
 * ended, is killed with its whole process tree; {@link #destroy} kills what is left and deletes the directory, and
 * each run's setup deletes the expired directories of runs whose process died.
 * POSIX systems only (it needs {@code /bin/sh}).
 */
public final class ProcessEngine implements ContainerEngine {

    private static final List<String> SHELL = List.of("/bin/sh", "-e");
    /** The name of a run directory: {@code drone-} and a run id ({@link RunSpec#newRunId()}). */
    private static final Pattern RUN_DIRECTORY = Pattern.compile("drone-[a-z0-9]{20}");

    private final Path tempRoot;
    private final Map<String, RunDirectory> runs = new ConcurrentHashMap<>();
    private final Map<String, HostProcess> processes = new ConcurrentHashMap<>();

    /** Runs in directories under the system's temp directory ({@code java.io.tmpdir}). */
    public ProcessEngine() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Runs in directories under {@code tempRoot}. */
    public ProcessEngine(Path tempRoot) {
        this.tempRoot = tempRoot;
    }

    @Override
    public RunResources setup(RunSpec run) {
        sweepExpired();
        RunDirectory dir = runs.computeIfAbsent(run.runId(), id -> RunDirectory.of(tempRoot, run));
        try {
            dir.create();
        } catch (IOException e) {
            throw new EngineException("cannot create the run directory " + dir.root() + ": " + e.getMessage(), e);
        }
        String workspace = run.hostWorkspace() == null ? dir.root().toString() : null;
        return new RunResources(run, "", "", workspace, Map.of());
    }

    @Override
    public void copyToWorkspace(RunResources run, Path dir, String containerPath) {
        Path target = directory(run).map(containerPath);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(dir.relativize(file).toString());
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new EngineException("cannot copy files into the workspace " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes the step's script ({@code DRONE_SCRIPT}) into the run directory; the process starts in {@link #start}. */
    @Override
    public String create(RunResources run, ContainerSpec spec, Consumer<String> warnings) {
        RunDirectory dir = directory(run);
        Map<String, String> env = dir.environment(spec.process().env());
        String script = env.remove("DRONE_SCRIPT");
        Path workingDir = dir.map(spec.process().workingDir());
        try {
            Files.createDirectories(workingDir);
            Path file = dir.script(spec.name(), script == null ? "" : script);
            List<String> command = Stream.concat(SHELL.stream(), Stream.of(file.toString())).toList();
            processes.put(spec.name(), new HostProcess(command, env, workingDir));
        } catch (IOException e) {
            throw new EngineException("cannot prepare step " + spec.step() + " in " + dir.root() + ": " + e.getMessage(), e);
        }
        return spec.name();
    }

    @Override
    public void start(String containerId) {
        process(containerId).start();
    }

    @Override
    public void streamLogs(String containerId, LogSink lines) {
        process(containerId).streamLogs(lines);
    }

    @Override
    public ContainerExit await(String containerId) {
        return new ContainerExit(process(containerId).await(), false);
    }

    @Override
    public StepFigures figures(String containerId) {
        return StepFigures.none(0);
    }

    @Override
    public void kill(String containerId) {
        HostProcess p = processes.get(containerId);
        if (p != null) {
            p.killTree();
        }
    }

    @Override
    public void remove(String containerId) {
        HostProcess p = processes.remove(containerId);
        if (p != null) {
            p.killTree();
        }
    }

    @Override
    public void destroy(RunResources run) {
        String prefix = run.spec().resourcePrefix() + "-";
        processes.keySet().stream().filter(id -> id.startsWith(prefix)).toList().forEach(this::remove);
        RunDirectory dir = runs.remove(run.spec().runId());
        if (dir != null) {
            dir.delete();
        }
    }

    /** An exec run's processes end with the agent process that started them: there is nothing to adopt. */
    @Override
    public RunResources adopt(RunSpec run) {
        throw new EngineException("exec run " + run.runId() + " cannot be resumed: its processes ended with the agent"
                + " process that started them");
    }

    @Override
    public Map<String, String> containersOf(RunResources run) {
        return Map.of();
    }

    @Override
    public ContainerState state(String containerId) {
        return ContainerState.MISSING;
    }

    /**
     * Deletes the run directories a dead process left (an agent killed mid-run): those untouched for longer than
     * {@link RunSpec#EXPIRY_SECONDS}, the age after which a janitor may remove any run's leftovers.
     */
    private void sweepExpired() {
        long expired = System.currentTimeMillis() - RunSpec.EXPIRY_SECONDS * 1000;
        try (Stream<Path> dirs = Files.list(tempRoot)) {
            dirs.filter(dir -> RUN_DIRECTORY.matcher(dir.getFileName().toString()).matches())
                    .filter(dir -> dir.toFile().lastModified() < expired)
                    .forEach(Directories::deleteTree);
        } catch (IOException | RuntimeException e) {
            // sweeping is best effort: the next run tries again
        }
    }

    private RunDirectory directory(RunResources run) {
        return runs.computeIfAbsent(run.spec().runId(), id -> RunDirectory.of(tempRoot, run.spec()));
    }

    private HostProcess process(String id) {
        HostProcess p = processes.get(id);
        if (p == null) {
            throw new EngineException("no step process " + id);
        }
        return p;
    }
}
