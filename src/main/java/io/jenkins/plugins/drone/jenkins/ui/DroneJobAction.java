package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.Item;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import java.io.IOException;
import io.jenkins.plugins.drone.plan.DroneEvents;
import java.util.List;
import javax.servlet.http.HttpServletResponse;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.Stapler;
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

    /** The grid of recent builds for the job page, of the branch and event the page's query asks for. */
    public BuildGrid getGrid() {
        return BuildGrid.of(job, getFilter());
    }

    /** Passed and failed tests of the last builds, for the job page's trend chart. */
    public TestTrend getTestTrend() {
        return TestTrend.of(job);
    }

    /** The trend chart's heading. */
    public String getTestTrendTitle() {
        return Messages.testReportsTrendTitle();
    }

    /** Drone's events, for the job page's event filter. */
    public List<String> getEvents() {
        return DroneEvents.NAMES;
    }

    /** The job page's filter: {@code ?branch=main&event=pull_request}. */
    public BuildFilter getFilter() {
        StaplerRequest req = Stapler.getCurrentRequest();
        return req == null ? BuildFilter.ALL
                : new BuildFilter("", req.getParameter("branch"), req.getParameter("event"));
    }

    /**
     * {@code badge.svg}: the badge of the last build, or with {@code ?ref=main} (or {@code refs/heads/main},
     * {@code refs/tags/v1}) of the last build of that ref; any other name is 404.
     */
    @CapturedParameterNames({"req", "rsp"})
    public void doDynamic(StaplerRequest req, StaplerResponse rsp) throws IOException {
        job.checkPermission(Item.READ);
        if (!"/badge.svg".equals(req.getRestOfPath())) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        rsp.setContentType("image/svg+xml;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-cache");
        AbstractBuild<?, ?> last = lastBuild(new BuildFilter(req.getParameter("ref"), "", ""));
        rsp.getWriter().write(BadgeSvg.render("drone", BuildStatus.of(last)));
    }

    private AbstractBuild<?, ?> lastBuild(BuildFilter filter) {
        for (AbstractBuild<?, ?> build : job.getBuilds()) {
            if (filter.matches(build)) {
                return build;
            }
        }
        return null;
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
