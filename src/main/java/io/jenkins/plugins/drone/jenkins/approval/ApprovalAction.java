package io.jenkins.plugins.drone.jenkins.approval;

import hudson.model.AbstractBuild;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.User;
import io.jenkins.plugins.drone.jenkins.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.servlet.http.HttpServletResponse;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

/**
 * A build waiting for approval, at {@code approval/} of the build: why it waits, what would run
 * ({@link PlannedStep}s), and the approve and decline buttons (POST, {@link Item#BUILD} on the job). Persisted in
 * build.xml with the decision and who made it.
 */
public final class ApprovalAction implements Action {

    /** Where the decision stands. */
    public enum Decision { WAITING, APPROVED, DECLINED }

    private final List<String> reasons;
    private final List<PlannedStep> steps;
    private Decision decision = Decision.WAITING;
    private String decidedBy = "";
    private transient CompletableFuture<Decision> decided;

    public ApprovalAction(List<String> reasons, List<PlannedStep> steps) {
        this.reasons = new ArrayList<>(reasons);
        this.steps = new ArrayList<>(steps);
        this.decided = new CompletableFuture<>();
    }

    /** Blocks until someone approves or declines; interrupting the thread (abort) ends the wait. */
    public Decision await() throws InterruptedException {
        try {
            return future().get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a decision never fails", e);
        }
    }

    private synchronized CompletableFuture<Decision> future() {
        if (decided == null) {
            decided = CompletableFuture.completedFuture(decision);
        }
        return decided;
    }

    /** Records the decision of {@code user}; only the first one counts. */
    public synchronized boolean decide(Decision newDecision, String user) {
        if (decision != Decision.WAITING) {
            return false;
        }
        decision = newDecision;
        decidedBy = user;
        future().complete(newDecision);
        return true;
    }

    /** {@code POST approval/approve}: runs the build. */
    @CapturedParameterNames({"req", "rsp", "build"})
    public void doApprove(StaplerRequest req, StaplerResponse rsp, @AncestorInPath AbstractBuild<?, ?> build)
            throws IOException {
        answer(req, rsp, build, Decision.APPROVED);
    }

    /** {@code POST approval/decline}: ends the build without running anything. */
    @CapturedParameterNames({"req", "rsp", "build"})
    public void doDecline(StaplerRequest req, StaplerResponse rsp, @AncestorInPath AbstractBuild<?, ?> build)
            throws IOException {
        answer(req, rsp, build, Decision.DECLINED);
    }

    private void answer(StaplerRequest req, StaplerResponse rsp, AbstractBuild<?, ?> build, Decision choice)
            throws IOException {
        build.getParent().checkPermission(Item.BUILD);
        if (!"POST".equals(req.getMethod())) {
            rsp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, Messages.postRequired());
            return;
        }
        User user = User.current();
        decide(choice, user == null ? "anonymous" : user.getId());
        build.save();
        rsp.sendRedirect2(req.getContextPath() + "/" + build.getUrl());
    }

    /** Why the build waits (or waited). */
    public List<String> getReasons() {
        return new ArrayList<>(reasons);
    }

    /** What would run. */
    public List<PlannedStep> getSteps() {
        return new ArrayList<>(steps);
    }

    public synchronized Decision getDecision() {
        return decision;
    }

    public synchronized boolean isWaiting() {
        return decision == Decision.WAITING;
    }

    /** The user id of whoever approved or declined; empty while it waits. */
    public synchronized String getDecidedBy() {
        return decidedBy;
    }

    @Override
    public String getIconFileName() {
        return "clipboard.gif";
    }

    @Override
    public String getDisplayName() {
        return Messages.approvalActionDisplayName();
    }

    @Override
    public String getUrlName() {
        return "approval";
    }
}
