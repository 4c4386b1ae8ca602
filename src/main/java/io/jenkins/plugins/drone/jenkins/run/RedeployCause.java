package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Cause;
import io.jenkins.plugins.drone.jenkins.Messages;

/** A build started by "Restart" or "Promote…" on an earlier build: "Restarted from #12", "Promoted from #12". */
public final class RedeployCause extends Cause {

    private final int parent;
    private final String event;

    public RedeployCause(int parent, String event) {
        this.parent = parent;
        this.event = event;
    }

    /** The number of the build this one redeploys. */
    public int getParent() {
        return parent;
    }

    @Override
    public String getShortDescription() {
        return Messages.redeployCauseDescription(event, parent);
    }
}
