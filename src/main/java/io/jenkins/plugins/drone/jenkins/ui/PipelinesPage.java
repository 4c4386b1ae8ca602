package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.AbstractBuild;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.User;
import io.jenkins.plugins.drone.jenkins.logs.LogFiles;
import io.jenkins.plugins.drone.jenkins.logs.LogRedaction;
import io.jenkins.plugins.drone.jenkins.logs.LogResponses;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import java.io.File;
import java.io.IOException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.servlet.http.HttpServletResponse;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

/**
 * The pipelines page of a build at {@code drone/} ({@code index.jelly}) and the REST endpoints it uses:
 * the live state, a step's log by byte range, a pipeline's whole log, and redaction of a step's log.
 */
public final class PipelinesPage {

    /** Private: the state is only for users who may read the job. */
    static final String FINISHED_STATE_CACHE = "private, max-age=3600";

    private final PipelinesAction records;

    PipelinesPage(PipelinesAction records) {
        this.records = records;
    }

    /** The build whose pipelines this page shows. */
    public AbstractBuild<?, ?> getBuild() {
        return records.getBuild();
    }

    /**
     * The live state the page polls: {@code drone/state} (JSON). Needs read access to the job. A finished
     * build's state no longer changes, so browsers may keep it; a running one's must be asked for again.
     */
    @CapturedParameterNames({"req", "rsp"})
    public void doState(StaplerRequest req, StaplerResponse rsp) throws IOException {
        getBuild().getParent().checkPermission(Item.READ);
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.setHeader("Cache-Control", getBuild().isBuilding() ? "no-cache" : FINISHED_STATE_CACHE);
        rsp.getWriter().write(StateJson.of(records).toString());
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
        LogResponses.range(rsp, LogFiles.of(records, pipeline.getName(), step.getName()),
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
            logs.put(step.getName(), LogFiles.of(records, pipeline.getName(), step.getName()));
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
        String note = LogRedaction.redact(LogFiles.of(records, pipeline.getName(), step.getName()),
                user == null ? "anonymous" : user.getId(), new Date());
        rsp.setContentType("text/plain;charset=UTF-8");
        rsp.getWriter().write(note);
    }

    /** Whether the current user may redact step logs of this build (shows the button). */
    public boolean isRedactAllowed() {
        return getBuild().hasPermission(Run.DELETE);
    }

    /** The record named by the {@code pipeline} parameter; null for any other value (no path is built from it). */
    private PipelineRecord requestedPipeline(StaplerRequest req) {
        return records.pipeline(Objects.toString(req.getParameter("pipeline"), ""));
    }

    /** The entry of {@code pipeline} named by the {@code step} parameter, or null. */
    private static StepRecord requestedStep(StaplerRequest req, PipelineRecord pipeline) {
        return pipeline == null ? null : pipeline.step(Objects.toString(req.getParameter("step"), ""));
    }
}
