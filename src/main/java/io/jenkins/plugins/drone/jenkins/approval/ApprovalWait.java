package io.jenkins.plugins.drone.jenkins.approval;

import hudson.model.AbstractBuild;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Holds a build whose {@link ApprovalGate} gave reasons until someone decides on its {@link ApprovalAction} page.
 * The build is a flyweight task, so waiting holds no executor of any node; nothing is queued before the decision.
 */
public final class ApprovalWait {

    private ApprovalWait() {}

    /**
     * Waits for the decision on {@code build}; true when it was approved. {@code report} hears the pipelines' state
     * for the forge: pending while it waits, killed when declined.
     *
     * @throws InterruptedException when the build is aborted while it waits
     */
    public static boolean hold(AbstractBuild<?, ?> build, List<String> reasons, List<PipelinePlan> plans,
                               PrintStream console, BiConsumer<DroneStatus, String> report)
            throws InterruptedException, IOException {
        ApprovalAction approval = new ApprovalAction(reasons, PlannedStep.of(plans));
        build.addAction(approval);
        build.save();
        console.println("Waiting for approval (" + build.getUrl() + "approval/) because: "
                + String.join("; ", reasons));
        report.accept(DroneStatus.PENDING, "waiting for approval");
        ApprovalAction.Decision decision;
        try {
            decision = approval.await();
        } catch (InterruptedException e) {
            report.accept(DroneStatus.KILLED, "aborted while waiting for approval");
            throw e;
        }
        boolean approved = decision == ApprovalAction.Decision.APPROVED;
        console.println((approved ? "Approved by " : "Declined by ") + approval.getDecidedBy());
        if (!approved) {
            report.accept(DroneStatus.KILLED, "declined by " + approval.getDecidedBy());
        }
        return approved;
    }
}
