package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Hudson;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The index of Drone pipeline builds that have pipelines not ended ({@code drone-pipeline/unfinished-builds.txt}
 * under the controller's home, one {@code job-full-name<TAB>number} a line): what the start-up scan loads instead
 * of every build of every job. An entry is added when a build plans its pipelines and removed when they have all
 * ended; each change replaces the file at once, so a crash leaves the old or the new index, never half of one.
 */
final class UnfinishedBuilds {

    private static final Logger LOGGER = Logger.getLogger(UnfinishedBuilds.class.getName());

    private final File file;

    UnfinishedBuilds(File file) {
        this.file = file;
    }

    /** The controller's index. */
    static UnfinishedBuilds forController() {
        return new UnfinishedBuilds(new File(Hudson.getInstance().getRootDir(), "drone-pipeline/unfinished-builds.txt"));
    }

    /** Adds {@code build} to the controller's index while a pipeline of it has not ended, removes it once all have. */
    static void track(DronePipelineBuild build) {
        try {
            forController().track(build.getParent().getFullName(), build.getNumber(), BuildResumption.unfinished(build));
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Cannot update the index of unfinished builds for " + build.getFullDisplayName(), e);
        }
    }

    /** The entries as {@code job<TAB>number}, in the order they were added; empty when there is no index. */
    synchronized Set<String> entries() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        if (file.isFile()) {
            for (String line : Files.readAllLines(file.toPath(), StandardCharsets.UTF_8)) {
                if (line.matches(".+\t[0-9]+")) {
                    entries.add(line);
                }
            }
        }
        return entries;
    }

    /** Records that build {@code number} of {@code job} is unfinished when {@code unfinished}, else that it ended. */
    synchronized void track(String job, int number, boolean unfinished) throws IOException {
        Set<String> entries = entries();
        String entry = entry(job, number);
        if (unfinished ? entries.add(entry) : entries.remove(entry)) {
            write(entries);
        }
    }

    /** The job's full name in {@code entry}. */
    static String job(String entry) {
        return entry.substring(0, entry.lastIndexOf('\t'));
    }

    /** The build number in {@code entry}. */
    static int number(String entry) {
        return Integer.parseInt(entry.substring(entry.lastIndexOf('\t') + 1));
    }

    static String entry(String job, int number) {
        return job + '\t' + number;
    }

    private void write(Set<String> entries) throws IOException {
        Files.createDirectories(file.getParentFile().toPath());
        File temp = new File(file.getPath() + ".tmp");
        Files.write(temp.toPath(), entries, StandardCharsets.UTF_8);
        Files.move(temp.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
