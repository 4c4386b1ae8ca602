package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Action;
import hudson.model.Item;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import java.io.IOException;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

/**
 * "Restart / Promote" on a Drone pipeline build ({@code drone-redeploy/}), as Drone's: {@code restart} builds the
 * same commit with the same context; {@code promote?target=T[&event=rollback]} builds that build's commit with
 * event {@code promote} or {@code rollback}, {@code DRONE_DEPLOY_TO=T} and {@code DRONE_BUILD_PARENT} = this
 * build's number. Both are POSTs that need {@link Item#BUILD} on the job, for the page and for scripts alike.
 */
public final class RedeployAction implements Action {

    /** The build whose page or URL the current request is on (the action holds no state of its own). */
    public DronePipelineBuild getBuild() {
        StaplerRequest req = Stapler.getCurrentRequest();
        return req == null ? null : req.findAncestorObject(DronePipelineBuild.class);
    }

    @Override
    public String getIconFileName() {
        DronePipelineBuild build = getBuild();
        return build != null && build.getParent().hasPermission(Item.BUILD) ? "redo.png" : null;
    }

    @Override
    public String getDisplayName() {
        return Messages.redeployActionDisplayName();
    }

    @Override
    public String getUrlName() {
        return "drone-redeploy";
    }

    /** {@code POST drone-redeploy/restart}: the same commit and context again; answers with the new build's queue. */
    @CapturedParameterNames({"req", "rsp"})
    public void doRestart(StaplerRequest req, StaplerResponse rsp) throws IOException {
        DronePipelineBuild build = getBuild();
        if (allowed(build, req, rsp)) {
            schedule(build, rsp, event(build).toBuilder().parent(build.getNumber()).build());
        }
    }

    /**
     * {@code POST drone-redeploy/promote?target=production[&event=rollback]}: this build's commit, deployed to
     * the target.
     */
    @CapturedParameterNames({"req", "rsp"})
    public void doPromote(StaplerRequest req, StaplerResponse rsp) throws IOException {
        DronePipelineBuild build = getBuild();
        if (!allowed(build, req, rsp)) {
            return;
        }
        String target = req.getParameter("target") == null ? "" : req.getParameter("target").trim();
        String kind = req.getParameter("event") == null ? "promote" : req.getParameter("event").trim()
                .toLowerCase(Locale.ROOT);
        if (target.isEmpty() || !target.matches("[A-Za-z0-9._/-]{1,100}")) {
            rsp.sendError(HttpServletResponse.SC_BAD_REQUEST, Messages.redeployTargetInvalid(target));
            return;
        }
        if (!kind.equals("promote") && !kind.equals("rollback")) {
            rsp.sendError(HttpServletResponse.SC_BAD_REQUEST, Messages.redeployEventInvalid(kind));
            return;
        }
        schedule(build, rsp,
                event(build).toBuilder().event(kind).action("").target(target).parent(build.getNumber()).build());
    }

    private static boolean allowed(DronePipelineBuild build, StaplerRequest req, StaplerResponse rsp)
            throws IOException {
        build.getParent().checkPermission(Item.BUILD);
        if (!"POST".equals(req.getMethod())) {
            rsp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, Messages.postRequired());
            return false;
        }
        if (build.getCommit().isEmpty()) {
            rsp.sendError(HttpServletResponse.SC_CONFLICT, Messages.redeployNoCommit());
            return false;
        }
        return true;
    }

    /** The context of this build, pinned to the commit it built. */
    private static BuildEvent event(DronePipelineBuild build) {
        BuildEvent stored = build.getAction(BuildEvent.class);
        BuildEvent.Builder event = stored == null
                ? BuildEvent.builder().event(build.getEvent()).ref(build.getRef()) : stored.toBuilder();
        return event.commit(build.getCommit()).build();
    }

    private static void schedule(DronePipelineBuild build, StaplerResponse rsp, BuildEvent event)
            throws IOException {
        build.getParent().scheduleBuild(0, new RedeployCause(build.getNumber(), event.getEvent()), event);
        rsp.sendRedirect2("../../");
    }
}
