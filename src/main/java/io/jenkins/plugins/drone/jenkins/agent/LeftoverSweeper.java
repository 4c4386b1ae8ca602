package io.jenkins.plugins.drone.jenkins.agent;

import hudson.Extension;
import hudson.model.Computer;
import hudson.model.Hudson;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.PeriodicWork;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import hudson.slaves.ComputerListener;
import io.jenkins.plugins.drone.jenkins.remoting.EngineJarPreloader;
import io.jenkins.plugins.drone.jenkins.remoting.JanitorCallable;
import io.jenkins.plugins.drone.jenkins.remoting.LiveRuns;
import io.jenkins.plugins.drone.jenkins.remoting.PrePullCallable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes the Docker leftovers of dead pipeline runs: on a node as soon as it comes online (an agent that
 * reconnects after being lost mid-build; every node after a controller restart) and on every online node
 * once in a while. Sweeps run in the background and never block a node's connection. The first sweep on
 * an agent also ships the engine jar there and starts its Docker client, so its first pipeline starts warm; then,
 * on its own thread, it pre-pulls the images of the last builds routed to the node's labels ({@link RecentImages}),
 * at most {@link #PRE_PULL_IMAGES} of them within {@link #PRE_PULL_MILLIS}.
 */
@Extension
public final class LeftoverSweeper extends ComputerListener {

    private static final Logger LOGGER = Logger.getLogger(LeftoverSweeper.class.getName());
    private static final ExecutorService SWEEPS = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "drone-pipeline leftover sweeper");
        thread.setDaemon(true);
        return thread;
    });

    /** How many images a node coming online pre-pulls at most. */
    static final int PRE_PULL_IMAGES = 5;
    /** How long a node coming online spends pre-pulling at most. */
    static final long PRE_PULL_MILLIS = TimeUnit.MINUTES.toMillis(3);
    private static final ExecutorService PRE_PULLS = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "drone-pipeline pre-pull");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void onOnline(Computer computer, TaskListener listener) {
        SWEEPS.execute(() -> {
            sweep(computer);
            PRE_PULLS.execute(() -> prePull(computer));
        });
    }

    /**
     * Pre-pulls on one node the images of the last builds routed to its labels; returns (and logs) one outcome per
     * image, none when there was nothing to pull or the node could not be reached.
     */
    static List<String> prePull(Computer computer) {
        Node node = computer.getNode();
        VirtualChannel channel = computer.getChannel();
        if (node == null || channel == null) {
            return List.of();
        }
        List<String> images = RecentImages.DISPATCHED.forNode(expression -> routesTo(expression, node), PRE_PULL_IMAGES);
        if (images.isEmpty()) {
            return List.of();
        }
        try {
            List<String> outcomes = channel.call(new PrePullCallable(DockerHostProperty.of(node), images, PRE_PULL_MILLIS));
            LOGGER.info("Pre-pulled on " + computer.getDisplayName() + ": " + outcomes);
            return outcomes;
        } catch (Exception e) {
            LOGGER.log(Level.FINE, "No images pre-pulled on " + computer.getDisplayName(), e);
            return List.of();
        }
    }

    private static boolean routesTo(String expression, Node node) {
        Label label = Hudson.getInstance().getLabel(expression);
        return label != null && label.contains(node);
    }

    /** Sweeps one node now; what it removed is logged. */
    static void sweep(Computer computer) {
        Node node = computer.getNode();
        VirtualChannel channel = computer.getChannel();
        if (node == null || channel == null || !LiveRuns.isComplete()) {
            return;
        }
        try {
            List<String> removed = LiveRuns.sweeping(live -> {
                JanitorCallable janitor = DockerHostProperty.janitor(node, LiveRuns.scope(), live);
                EngineJarPreloader.preload(channel, janitor);
                return channel.call(janitor);
            });
            if (!removed.isEmpty()) {
                LOGGER.info("Removed Docker leftovers of " + removed.size() + " dead pipeline run(s) on "
                        + computer.getDisplayName() + ": " + removed);
            }
        } catch (Exception e) {
            LOGGER.log(Level.FINE, "No Docker leftovers swept on " + computer.getDisplayName(), e);
        }
    }

    /** The periodic sweep over every online node. */
    @Extension
    public static final class Periodic extends PeriodicWork {
        @Override
        public long getRecurrencePeriod() {
            return TimeUnit.MINUTES.toMillis(10);
        }

        @Override
        protected void doRun() {
            for (Computer computer : Hudson.getInstance().getComputers()) {
                if (computer.isOnline()) {
                    SWEEPS.execute(() -> sweep(computer));
                }
            }
        }
    }
}
