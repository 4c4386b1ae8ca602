package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.Item;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import java.io.IOException;
import java.util.List;
import javax.servlet.http.HttpServletResponse;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

/**
 * What a job shows about its pipelines: why its configuration cannot run and the builds × steps grid on the
 * job page ({@code jobMain.jelly}), and
 * a status badge at {@code job/NAME/drone-badge/badge.svg} whose colour follows the last build (needs read
 * access to the job, like the job page).
 */
public final class DroneJobAction implements Action {

    private final AbstractProject<?, ?> job;

    public DroneJobAction(AbstractProject<?, ?> job) {
        this.job = job;
    }

    public AbstractProject<?, ?> getJob() {
        return job;
    }

    /** What keeps a Drone pipeline job's configuration from running; empty for other jobs and runnable ones. */
    public List<String> getConfigurationProblems() {
        return job instanceof DronePipelineJob drone ? drone.getConfigurationProblems() : List.of();
    }

    /** The heading of the configuration problems. */
    public String getCannotRun() {
        return Messages.jobCannotRun();
    }

    /** The grid of recent builds for the job page. */
    public BuildGrid getGrid() {
        return BuildGrid.of(job);
    }

    /** {@code badge.svg}: the badge of the last build; any other name is 404. */
    @CapturedParameterNames({"req", "rsp"})
    public void doDynamic(StaplerRequest req, StaplerResponse rsp) throws IOException {
        job.checkPermission(Item.READ);
        if (!"/badge.svg".equals(req.getRestOfPath())) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        rsp.setContentType("image/svg+xml;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-cache");
        rsp.getWriter().write(BadgeSvg.render("drone", BuildStatus.of(job.getLastBuild())));
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return "drone-badge";
    }
}
