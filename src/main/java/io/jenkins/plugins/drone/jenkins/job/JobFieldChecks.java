package io.jenkins.plugins.drone.jenkins.job;

import hudson.model.Hudson;
import hudson.model.Label;
import hudson.util.FormValidation;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.queue.AgentLabels;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.transport.URIish;

/**
 * The checks of a Drone pipeline job's fields: as the configuration page asks for them while the user types,
 * and as a whole for a saved configuration ({@link #problems}), which is what the job page, the form's save
 * and a build refuse.
 */
final class JobFieldChecks {

    private JobFieldChecks() {}

    static FormValidation repositoryUrl(String value) {
        return errorOrOk(repositoryUrlProblem(value));
    }

    /** An empty label means any agent; a parse error names the position the parser stopped at. */
    static FormValidation agentLabel(String value) {
        String expression = value == null ? "" : value.trim();
        String problem = agentLabelProblem(expression);
        if (problem != null || expression.isEmpty()) {
            return errorOrOk(problem);
        }
        Label known = Hudson.getInstance().getLabel(expression);
        if (known.getNodes().isEmpty() && known.getClouds().isEmpty()) {
            return FormValidation.warning(Messages.agentLabelMatchesNothing(expression));
        }
        return FormValidation.ok();
    }

    static FormValidation timeoutMinutes(String value) {
        String text = value == null ? "" : value.trim();
        return errorOrOk(minutes(text) > 0 ? null : Messages.timeoutInvalid(text));
    }

    /** What keeps {@code settings} from running, by XML field, each naming its field; empty when a build can start. */
    static Map<String, String> problems(JobSettings settings) {
        Map<String, String> problems = new LinkedHashMap<>();
        add(problems, "Repository URL", "repositoryUrl", repositoryUrlProblem(settings.repositoryUrl()));
        add(problems, "Agent label", "agentLabel", agentLabelProblem(settings.agentLabel()));
        if (settings.timeoutMinutes() <= 0) {
            add(problems, "Pipeline timeout", "timeoutMinutes",
                    Messages.timeoutInvalid(String.valueOf(settings.timeoutMinutes())));
        }
        return problems;
    }

    /** The number of minutes {@code text} says, or -1 when it is not a whole number. */
    static int minutes(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String repositoryUrlProblem(String value) {
        String url = value == null ? "" : value.trim();
        if (url.isEmpty()) {
            return Messages.repositoryUrlRequired();
        }
        try {
            new URIish(url);
            return null;
        } catch (URISyntaxException e) {
            return Messages.repositoryUrlInvalid(url, e.getMessage());
        }
    }

    private static String agentLabelProblem(String expression) {
        String problem = AgentLabels.problem(expression);
        return problem == null ? null : Messages.agentLabelInvalid(expression.trim(), problem);
    }

    private static void add(Map<String, String> problems, String label, String field, String problem) {
        if (problem != null) {
            problems.put(field, Messages.fieldProblem(label, field, problem));
        }
    }

    private static FormValidation errorOrOk(String problem) {
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }
}
