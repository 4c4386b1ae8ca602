package io.jenkins.plugins.drone.jenkins.approval;

import io.jenkins.plugins.drone.jenkins.job.JobSafety;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.spec.Signer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a build must wait for approval before anything runs, and why
 * (docs/forges.md#approval): a pull request from a fork when the job asks for approval of those, and, in
 * protected mode, a pipeline file whose signature does not verify with the job's signing key. This is the one entry
 * point for every build of a Drone pipeline job; an empty answer means it runs at once.
 */
public final class ApprovalGate {

    private ApprovalGate() {}

    /** The reasons {@code context}'s build waits, in words; {@code fileText} is the pipeline file as read. */
    public static List<String> reasons(BuildContext context, JobSafety safety, String fileText) {
        return reasons(context, safety.isForkApproval(), safety.isProtectedMode(), safety.signingKeyText(), fileText);
    }

    /** As above, with the job's settings one by one ({@code signingKey} empty when there is none). */
    static List<String> reasons(BuildContext context, boolean forkApproval, boolean protectedMode, String signingKey,
                                String fileText) {
        List<String> reasons = new ArrayList<>();
        if (context.fork() && forkApproval) {
            reasons.add("pull request #" + context.pullRequest() + " comes from the fork "
                    + (context.sourceRepo().isEmpty() ? "of another repository" : context.sourceRepo()));
        }
        if (protectedMode) {
            String problem = signatureProblem(fileText, signingKey);
            if (problem != null) {
                reasons.add(problem);
            }
        }
        return reasons;
    }

    /** Why the file's signature is not good, or null when it verifies. */
    private static String signatureProblem(String fileText, String key) {
        if (key.isEmpty()) {
            return "the job is protected but has no signing key, so no signature can verify";
        }
        try {
            return Signer.verify(fileText, key) ? null
                    : "the pipeline file has no kind: signature document that verifies with the job's signing key";
        } catch (IllegalArgumentException e) {
            return "the job's signing key is shorter than 32 bytes, so no signature can verify";
        }
    }
}
