package io.jenkins.plugins.drone.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the built-in clone on a worker thread: JGit clones the build's commit into a host temp directory,
 * which is then copied into the workspace. A clone that fails is a step failure (exit 1), as with Drone's
 * clone image; a workspace the engine cannot write is an engine error.
 */
final class CloneTask implements Runnable {

    private final EntryScheduler scheduler;
    private final RunContext run;
    private final Entry entry;

    CloneTask(EntryScheduler scheduler, Entry entry) {
        this.scheduler = scheduler;
        this.run = scheduler.run();
        this.entry = entry;
    }

    @Override
    public void run() {
        entry.startedMillis = System.currentTimeMillis();
        scheduler.started(entry);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("drone-clone");
            new GitCloner(run.request().context(), run.pipeline().cloneSpec(), run.request().gitAuth(),
                    line -> run.log(entry, line)).cloneInto(dir);
            run.caches().restore(dir);
            run.engine().copyToWorkspace(run.resources(), dir, run.pipeline().workspace().fullPath());
            scheduler.post(() -> scheduler.ended(entry, StepStatus.SUCCESS, 0, ""));
        } catch (EngineException e) {
            scheduler.post(() -> scheduler.ended(entry, StepStatus.ERROR, 255, e.getMessage()));
        } catch (IOException | org.eclipse.jgit.api.errors.GitAPIException | RuntimeException e) {
            String message = "clone failed: " + e.getMessage();
            run.log(entry, message);
            scheduler.post(() -> scheduler.ended(entry, StepStatus.FAILURE, 1, message));
        } finally {
            Directories.deleteTree(dir);
        }
    }

}
