package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.AbstractBuild;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.User;
import io.jenkins.plugins.drone.jenkins.Messages;
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
import java.util.List;
import java.util.Map;
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

    /** The pipelines of the build that read JUnit reports, for the page's test results. */
    public List<PipelineRecord> getTestedPipelines() {
        return records.getPipelines().stream().filter(p -> p.getTests() != null).toList();
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
     * {@code drone/log?pipeline=P&step=S&start=N[&end=M][&timestamps=true]}: bytes of a step's log from offset N,
     * with {@code X-Text-Size} and {@code X-More-Data} while the step runs; with {@code timestamps}, each line
     * starts with the time since the step started. Only names in the records are served; a missing or malformed
     * parameter is a 400 with a message, an unknown name a 404.
     */
    @CapturedParameterNames({"req", "rsp"})
    public void doLog(StaplerRequest req, StaplerResponse rsp) throws IOException {
        getBuild().getParent().checkPermission(Item.READ);
        try {
            PipelineRecord pipeline = requestedPipeline(req);
            StepRecord step = requestedStep(req, pipeline);
            long start = LogResponses.offset("start", req.getParameter("start"), 0);
            long end = LogResponses.offset("end", req.getParameter("end"), -1);
            if (end >= 0 && end < start) {
                throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, Messages.endBeforeStart(end, start));
            }
            boolean stamped = "true".equals(req.getParameter("timestamps"));
            LogResponses.range(rsp, LogFiles.of(records, pipeline.getName(), step.getName()), start, end,
                    !step.isFinished(), stamped ? step.getStartedMillis() : -1);
        } catch (Refusal refusal) {
            refusal.send(rsp);
        } catch (IllegalArgumentException malformed) {
            new Refusal(HttpServletResponse.SC_BAD_REQUEST, malformed.getMessage()).send(rsp);
        }
    }

    /** {@code drone/pipelineLog?pipeline=P}: the logs of all entries of a pipeline, in order. */
    @CapturedParameterNames({"req", "rsp"})
    public void doPipelineLog(StaplerRequest req, StaplerResponse rsp) throws IOException {
        getBuild().getParent().checkPermission(Item.READ);
        PipelineRecord pipeline;
        try {
            pipeline = requestedPipeline(req);
        } catch (Refusal refusal) {
            refusal.send(rsp);
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
        try {
            PipelineRecord pipeline = requestedPipeline(req);
            StepRecord step = requestedStep(req, pipeline);
            if (!step.isFinished()) {
                throw new Refusal(HttpServletResponse.SC_CONFLICT, Messages.stepStillRunning(step.getName()));
            }
            User user = User.current();
            File log = LogFiles.of(records, pipeline.getName(), step.getName());
            String note = LogRedaction.redact(log, user == null ? "anonymous" : user.getId(), new Date());
            rsp.setContentType("text/plain;charset=UTF-8");
            rsp.getWriter().write(note);
        } catch (Refusal refusal) {
            refusal.send(rsp);
        }
    }

    /** Whether the current user may redact step logs of this build (shows the button). */
    public boolean isRedactAllowed() {
        return getBuild().hasPermission(Run.DELETE);
    }

    /** The record named by the {@code pipeline} parameter (no path is built from it). */
    private PipelineRecord requestedPipeline(StaplerRequest req) throws Refusal {
        String name = required(req, "pipeline");
        PipelineRecord pipeline = records.pipeline(name);
        if (pipeline == null) {
            throw new Refusal(HttpServletResponse.SC_NOT_FOUND, Messages.noSuchPipeline(name));
        }
        return pipeline;
    }

    /** The entry of {@code pipeline} named by the {@code step} parameter. */
    private static StepRecord requestedStep(StaplerRequest req, PipelineRecord pipeline) throws Refusal {
        String name = required(req, "step");
        StepRecord step = pipeline.step(name);
        if (step == null) {
            throw new Refusal(HttpServletResponse.SC_NOT_FOUND, Messages.noSuchStep(pipeline.getName(), name));
        }
        return step;
    }

    private static String required(StaplerRequest req, String parameter) throws Refusal {
        String value = req.getParameter(parameter);
        if (value == null || value.isEmpty()) {
            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, Messages.parameterRequired(parameter));
        }
        return value;
    }

    /** A request this page does not serve, with the status and the message the client gets as plain text. */
    private static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;
        private final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        void send(StaplerResponse rsp) throws IOException {
            rsp.setStatus(status);
            rsp.setContentType("text/plain;charset=UTF-8");
            rsp.getWriter().println(getMessage());
        }
    }
}
