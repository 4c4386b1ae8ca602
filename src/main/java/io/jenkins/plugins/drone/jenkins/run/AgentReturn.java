package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Computer;
import hudson.model.Hudson;
import hudson.model.Node;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a lost agent to come back within the grace period ({@link DroneSettings#getAgentGraceSeconds()}),
 * asking Hudson to launch it again now and then (a command-launched agent comes back at once).
 */
final class AgentReturn {

    private static final long POLL_MILLIS = 500;
    private static final long RELAUNCH_NANOS = TimeUnit.SECONDS.toNanos(10);

    private AgentReturn() {}

    /** The node once it is online again; fails with the reason when the grace period ran out. */
    static Node await(String nodeName) throws IOException, InterruptedException {
        long grace = DroneSettings.get().getAgentGraceSeconds();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(grace);
        long nextLaunch = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Node node = Hudson.getInstance().getNode(nodeName);
            Computer computer = node == null ? null : node.toComputer();
            if (computer != null && computer.isOnline() && computer.getChannel() != null) {
                return node;
            }
            if (computer != null && !computer.isConnecting() && !computer.isTemporarilyOffline()
                    && System.nanoTime() >= nextLaunch) {
                computer.connect(false);
                nextLaunch = System.nanoTime() + RELAUNCH_NANOS;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IOException(gaveUp(nodeName));
    }

    /** Why a pipeline whose agent stayed away is given up. */
    static String gaveUp(String nodeName) {
        return Messages.agentDidNotComeBack(nodeName, words(DroneSettings.get().getAgentGraceSeconds()));
    }

    /** "5 min", "90 s". */
    static String words(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
