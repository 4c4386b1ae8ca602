package io.jenkins.plugins.drone.jenkins.support;

import java.util.List;

/** The agent JVMs (command-launched {@code slave.jar}) that this JVM or a Hudson it started runs, to kill them. */
public final class AgentProcesses {

    private AgentProcesses() {}

    /** Kills every agent JVM below {@code parent} at once (SIGKILL, as {@code kill -9}); returns how many. */
    public static int killAll(ProcessHandle parent) {
        List<ProcessHandle> agents = parent.descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("slave.jar")).toList();
        agents.forEach(ProcessHandle::destroyForcibly);
        agents.forEach(p -> p.onExit().join());
        return agents.size();
    }
}
