package io.jenkins.plugins.drone.jenkins.status;

import hudson.model.InvisibleAction;
import java.util.ArrayList;
import java.util.List;

/**
 * The commit statuses a build sent to its forge and what the forge answered, kept in build.xml (never a token: only
 * the context, state, description, target URL and the HTTP answer).
 */
public final class StatusReports extends InvisibleAction {

    private final List<Report> reports = new ArrayList<>();

    /** One status sent, with the forge's answer. */
    public static final class Report {
        private final String context;
        private final String status;
        private final String description;
        private final String targetUrl;
        private final int answer;

        Report(CommitStatus sent, int answer) {
            this.context = sent.context();
            this.status = sent.status().word();
            this.description = sent.description();
            this.targetUrl = sent.targetUrl();
            this.answer = answer;
        }

        public String getContext() {
            return context;
        }

        /** The Drone status word that was reported (each forge's word for it is in docs/forges.md). */
        public String getStatus() {
            return status;
        }

        public String getDescription() {
            return description;
        }

        public String getTargetUrl() {
            return targetUrl;
        }

        /** The HTTP status code of the forge's last answer, 0 when there was none. */
        public int getAnswer() {
            return answer;
        }

        @Override
        public String toString() {
            return context + " " + status + " (" + description + ") " + targetUrl + " -> " + answer;
        }
    }

    synchronized void add(Report report) {
        reports.add(report);
    }

    /** Every status sent so far, in the order the forge answered. */
    public synchronized List<Report> getReports() {
        return new ArrayList<>(reports);
    }
}
