package io.jenkins.plugins.drone.jenkins.job;

import hudson.model.Hudson;
import hudson.model.Label;
import hudson.util.FormValidation;
import io.jenkins.plugins.drone.jenkins.Messages;
import java.net.URISyntaxException;
import org.eclipse.jgit.transport.URIish;

/** The form validation of a Drone pipeline job's fields, as the configuration page asks for it. */
final class JobFieldChecks {

    private JobFieldChecks() {}

    static FormValidation repositoryUrl(String value) {
        String url = value == null ? "" : value.trim();
        if (url.isEmpty()) {
            return FormValidation.error(Messages.repositoryUrlRequired());
        }
        try {
            new URIish(url);
            return FormValidation.ok();
        } catch (URISyntaxException e) {
            return FormValidation.error(Messages.repositoryUrlInvalid(url, e.getMessage()));
        }
    }

    /** An empty label means any agent; a parse error names the position the parser stopped at. */
    static FormValidation agentLabel(String value) {
        String expression = value == null ? "" : value.trim();
        if (expression.isEmpty()) {
            return FormValidation.ok();
        }
        Label label;
        try {
            label = Label.parseExpression(expression);
        } catch (Exception e) {
            return FormValidation.error(Messages.agentLabelInvalid(expression, e.getMessage()));
        }
        Label known = Hudson.getInstance().getLabel(label.getExpression());
        if (known.getNodes().isEmpty() && known.getClouds().isEmpty()) {
            return FormValidation.warning(Messages.agentLabelMatchesNothing(expression));
        }
        return FormValidation.ok();
    }

    static FormValidation timeoutMinutes(String value) {
        try {
            if (Integer.parseInt(value == null ? "" : value.trim()) > 0) {
                return FormValidation.ok();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return FormValidation.error(Messages.timeoutInvalid(value == null ? "" : value.trim()));
    }
}
