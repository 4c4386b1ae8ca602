package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.AbstractBuild;
import io.jenkins.plugins.drone.engine.PipelineListener;
import io.jenkins.plugins.drone.engine.SecretMasker;
import io.jenkins.plugins.drone.engine.WorkspaceCollection;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.reports.CollectedTar;
import io.jenkins.plugins.drone.jenkins.reports.JUnitParser;
import io.jenkins.plugins.drone.jenkins.reports.PipelineReports;
import io.jenkins.plugins.drone.jenkins.reports.ReportArchiver;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The test reports and artifacts of one pipeline of a Drone pipeline job's build (docs/jobs.md#test-reports-and-artifacts):
 * what the agent collects from its workspace, the stream they come back on, and, once they are here, the build's
 * artifacts and the pipeline's {@link io.jenkins.plugins.drone.jenkins.records.TestSummary}.
 */
final class PipelineReportsRun {

    /** How long to wait for collected files still in flight after the agent call has returned. */
    private static final long ARRIVAL_SECONDS = 60;

    private final AbstractBuild<?, ?> build;
    private final String pipeline;
    private final WorkspaceCollection collection;
    private final boolean ownDirectory;
    private CollectedTar tar;

    private PipelineReportsRun(AbstractBuild<?, ?> build, String pipeline, List<PipelineReports> blocks) {
        this.build = build;
        this.pipeline = pipeline;
        this.collection = PipelineReports.collectionFor(blocks, pipeline);
        this.ownDirectory = reportingPipelines(build, blocks) > 1;
    }

    /** The reports of {@code pipeline} of {@code build}; none for jobs other than a Drone pipeline job. */
    static PipelineReportsRun of(AbstractBuild<?, ?> build, String pipeline) {
        List<PipelineReports> blocks = build.getParent() instanceof DronePipelineJob job ? job.getReports() : List.of();
        return new PipelineReportsRun(build, pipeline, blocks);
    }

    /** What the agent collects. */
    WorkspaceCollection collection() {
        return collection;
    }

    /** The controller end of the stream the agent writes the files to; null when nothing is collected. */
    CollectedTar sink() throws IOException {
        if (collection.isEmpty()) {
            return null;
        }
        tar = new CollectedTar(new File(build.getRootDir(), "drone-collected-" + Math.abs(pipeline.hashCode()) + ".tar"));
        return tar;
    }

    /** Archives the artifacts and records the tests once the files have arrived; problems go to the console. */
    void archive(PipelineRecord record, Map<String, String> secrets, Consumer<String> console) {
        if (tar == null) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            if (!tar.awaitClosed(ARRIVAL_SECONDS, TimeUnit.SECONDS)) {
                console.accept("warning: the collected files did not arrive in time");
                return;
            }
            SecretMasker masker = new SecretMasker(secrets, PipelineListener.NONE);
            File artifacts = ownDirectory ? new File(build.getArtifactsDir(), pipeline) : build.getArtifactsDir();
            record.tests(new ReportArchiver(collection, artifacts, new JUnitParser(masker::mask), console)
                    .archive(tar.file()));
        } catch (IOException e) {
            console.accept("warning: cannot archive the collected files: " + e.getMessage());
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            tar.file().delete();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Drops what arrived of the files when the agent call broke off (it may never close the stream). */
    void discard() {
        if (tar != null) {
            try {
                tar.close();
            } catch (IOException e) {
                // the file is deleted anyway
            }
            tar.file().delete();
        }
    }

    /** How many pipelines of the build the blocks give artifact globs to: with more than one, each gets a directory. */
    private static int reportingPipelines(AbstractBuild<?, ?> build, List<PipelineReports> blocks) {
        PipelinesAction action = build.getAction(PipelinesAction.class);
        return action == null ? 0 : (int) action.getPipelines().stream()
                .filter(p -> !PipelineReports.collectionFor(blocks, p.getName()).artifacts().isEmpty()).count();
    }
}
