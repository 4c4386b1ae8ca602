package io.jenkins.plugins.drone.jenkins.records;

import io.jenkins.plugins.drone.jenkins.logs.LogFiles;

import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Hudson;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.User;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.ui.DroneStaticResources;
import io.jenkins.plugins.drone.jenkins.logs.LogRedaction;
import io.jenkins.plugins.drone.jenkins.logs.LogResponses;
import io.jenkins.plugins.drone.jenkins.ui.StateJson;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.servlet.http.HttpServletResponse;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The pipelines of one build (a Drone pipeline build, or a freestyle build with a "Run Drone pipeline"
 * step) with their steps' status: what the build page, dashboards and {@code api/json} show. Persisted
 * with the build; per-step logs live in files next to it.
 */
@ExportedBean
public final class PipelinesAction implements Action {

    private final List<PipelineRecord> pipelines = new ArrayList<>();
    /** The owning build is found again by name after a restart (Hudson 1.395 has no hook that hands it over). */
    private final String jobFullName;
    private final int buildNumber;
    private transient AbstractBuild<?, ?> build;

    public PipelinesAction(AbstractBuild<?, ?> build) {
        this.build = build;
        this.jobFullName = build.getParent().getFullName();
        this.buildNumber = build.getNumber();
    }

    /** Pipelines in file order with their steps. */
    @Exported(inline = true)
    public synchronized List<PipelineRecord> getPipelines() {
        return Collections.unmodifiableList(new ArrayList<>(pipelines));
    }

    /** The pipeline with this name, or null. */
    public synchronized PipelineRecord pipeline(String name) {
        return pipelines.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
    }

    /** The build this action belongs to. */
    public AbstractBuild<?, ?> getBuild() {
        if (build == null) {
            AbstractProject<?, ?> job = Hudson.getInstance().getItemByFullName(jobFullName, AbstractProject.class);
            build = job == null ? null : job.getBuildByNumber(buildNumber);
        }
        return build;
    }

    /** Where the logs of the pipeline at {@code index} (file order) are kept. */
    public File logDir(int index) {
        return LogFiles.pipelineDir(getBuild().getRootDir(), index);
    }

    /** The log file of a step, or null when there is no such step. */
    public synchronized File logFile(String pipeline, String step) {
        for (int i = 0; i < pipelines.size(); i++) {
            PipelineRecord record = pipelines.get(i);
            if (record.getName().equals(pipeline) && record.step(step) != null) {
                return new File(logDir(i), record.step(step).getLogFile());
            }
        }
        return null;
    }

    /** Adds the record of a planned pipeline (file order) and returns it. */
    public synchronized PipelineRecord record(io.jenkins.plugins.drone.plan.PipelinePlan plan) {
        PipelineRecord record = new PipelineRecord(plan);
        pipelines.add(record);
        return record;
    }

    /** The live state the page polls: {@code drone/state} (JSON). Needs read access to the job. */
    @CapturedParameterNames({"req", "rsp"})
    public void doState(StaplerRequest req, StaplerResponse rsp) throws IOException {
        getBuild().getParent().checkPermission(Item.READ);
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-cache");
        rsp.getWriter().write(StateJson.of(this).toString());
    }

    /**
     * {@code drone/log?pipeline=P&step=S&start=N[&end=M]}: bytes of a step's log from offset N, with
     * {@code X-Text-Size} and {@code X-More-Data} while the step runs. Only names in the records are served.
     */
    @CapturedParameterNames({"req", "rsp"})
    public void doLog(StaplerRequest req, StaplerResponse rsp) throws IOException {
        getBuild().getParent().checkPermission(Item.READ);
        PipelineRecord pipeline = requestedPipeline(req);
        StepRecord step = requestedStep(req, pipeline);
        if (step == null) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LogResponses.range(rsp, logFile(pipeline.getName(), step.getName()),
                LogResponses.offset(req.getParameter("start"), 0), LogResponses.offset(req.getParameter("end"), -1),
                !step.isFinished());
    }

    /** {@code drone/pipelineLog?pipeline=P}: the logs of all entries of a pipeline, in order. */
    @CapturedParameterNames({"req", "rsp"})
    public void doPipelineLog(StaplerRequest req, StaplerResponse rsp) throws IOException {
        getBuild().getParent().checkPermission(Item.READ);
        PipelineRecord pipeline = requestedPipeline(req);
        if (pipeline == null) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, File> logs = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        for (StepRecord step : pipeline.getSteps()) {
            logs.put(step.getName(), logFile(pipeline.getName(), step.getName()));
            statuses.put(step.getName(), step.getStatus());
        }
        LogResponses.whole(rsp, logs, statuses, !pipeline.isFinished());
    }

    /**
     * {@code POST drone/redact?pipeline=P&step=S}: replaces a finished step's log with a note saying who
     * redacted it and when. Needs {@link Run#DELETE} (it destroys build records, like deleting the build).
     * The console log is not changed: it is Jenkins' own, and secrets are masked there as in the step log.
     */
    @CapturedParameterNames({"req", "rsp"})
    public void doRedact(StaplerRequest req, StaplerResponse rsp) throws IOException {
        if (!"POST".equals(req.getMethod())) {
            rsp.setHeader("Allow", "POST");
            rsp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        getBuild().checkPermission(Run.DELETE);
        PipelineRecord pipeline = requestedPipeline(req);
        StepRecord step = requestedStep(req, pipeline);
        if (step == null || !step.isFinished()) {
            rsp.sendError(step == null ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_CONFLICT);
            return;
        }
        User user = User.current();
        String note = LogRedaction.redact(logFile(pipeline.getName(), step.getName()),
                user == null ? "anonymous" : user.getId(), new Date());
        rsp.setContentType("text/plain;charset=UTF-8");
        rsp.getWriter().write(note);
    }

    /** The record named by the {@code pipeline} parameter; null for any other value (no path is built from it). */
    private PipelineRecord requestedPipeline(StaplerRequest req) {
        return pipeline(Objects.toString(req.getParameter("pipeline"), ""));
    }

    /** The entry of {@code pipeline} named by the {@code step} parameter, or null. */
    private static StepRecord requestedStep(StaplerRequest req, PipelineRecord pipeline) {
        return pipeline == null ? null : pipeline.step(Objects.toString(req.getParameter("step"), ""));
    }

    /** Whether the current user may redact step logs of this build (shows the button). */
    public boolean isRedactAllowed() {
        return getBuild().hasPermission(Run.DELETE);
    }

    @Override
    public String getIconFileName() {
        return DroneStaticResources.ICON;
    }

    @Override
    public String getDisplayName() {
        return Messages.get("PipelinesAction.displayName");
    }

    @Override
    public String getUrlName() {
        return "drone";
    }
}
