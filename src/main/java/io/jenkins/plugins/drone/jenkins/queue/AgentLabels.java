package io.jenkins.plugins.drone.jenkins.queue;

import hudson.model.Label;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a pipeline's routing ({@code node:} and {@code platform}) plus the job's label into a Jenkins label
 * expression. Rules (docs/jobs.md#agent-labels-from-node-and-platform): the job label is always required; each
 * {@code node: {key: value}} adds the label {@code key=value}, except the key {@code label}, whose value is the
 * label itself; a platform other than linux/amd64 adds {@code os=<os>} and/or {@code arch=<arch>}.
 */
public final class AgentLabels {

    private static final String SIMPLE = "[A-Za-z0-9_.\\-]+";

    private AgentLabels() {}

    /** The label expression agents must satisfy to run {@code pipeline}; empty means any agent. */
    public static String expression(String jobLabel, PipelinePlan pipeline) {
        List<String> parts = new ArrayList<>();
        if (jobLabel != null && !jobLabel.isBlank()) {
            String label = jobLabel.trim();
            parts.add(label.matches(SIMPLE) ? label : "(" + label + ")");
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(pipeline.node()).entrySet()) {
            parts.add(atom(entry.getKey().equals("label") ? entry.getValue() : entry.getKey() + "=" + entry.getValue()));
        }
        PipelinePlan.PlatformSpec platform = pipeline.platform();
        if (platform != null) {
            if (platform.os() != null && !platform.os().isEmpty() && !platform.os().equals("linux")) {
                parts.add(atom("os=" + platform.os()));
            }
            if (platform.arch() != null && !platform.arch().isEmpty() && !platform.arch().equals("amd64")) {
                parts.add(atom("arch=" + platform.arch()));
            }
        }
        return String.join(" && ", parts);
    }

    /** Why {@code expression} is not a label expression (the parser's words), or null when it parses or is empty. */
    public static String problem(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        try {
            Label.parseExpression(expression);
            return null;
        } catch (Exception e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    /** A label atom, quoted when it holds characters that are operators in label expressions. */
    private static String atom(String label) {
        return label.matches(SIMPLE) ? label : '"' + label.replace("\"", "\\\"") + '"';
    }
}
