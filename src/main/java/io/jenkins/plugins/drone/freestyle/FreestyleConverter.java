package io.jenkins.plugins.drone.freestyle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Converts a Jenkins freestyle job's {@code config.xml} into a {@code .drone.yml}: shell build steps become
 * steps, parameters and EnvInject variables the pipeline environment, a single-label {@code assignedNode} the
 * {@code node:} map. Everything else is listed as "not converted" comments and warnings. Pure: no Jenkins types.
 */
public final class FreestyleConverter {

    private static final Set<String> NO_BEARING = Set.of("actions", "description", "displayName",
            "keepDependencies", "canRoam", "disabled", "blockBuildWhenDownstreamBuilding",
            "blockBuildWhenUpstreamBuilding", "concurrentBuild", "quietPeriod");
    private static final Set<String> NOTHING_SET = Set.of("", "false", "(System)", "(Default)", "hudson.scm.NullSCM");
    private static final List<String> HEADER = List.of(
            "Converted from a Jenkins freestyle job by 'drone-pipeline convert-job'.",
            "Review it, then try it with 'drone-pipeline lint' and 'drone-pipeline exec'.");

    private final Options options;
    private final Findings findings = new Findings();
    private final ShellSteps shellSteps;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<StepDraft> steps = new ArrayList<>();
    private final Map<String, String> node = new LinkedHashMap<>();

    private FreestyleConverter(Options options) {
        this.options = options;
        this.shellSteps = new ShellSteps(options.image(), findings);
    }

    /** Converts {@code configXml}; never throws for a readable freestyle job, only for invalid XML or another job type. */
    public static Conversion convert(String configXml, Options options) throws InvalidJobConfigException {
        return new FreestyleConverter(options).project(JobConfigReader.read(configXml));
    }

    private Conversion project(Element project) {
        for (Element section : Xml.children(project)) {
            String tag = section.getTagName();
            switch (tag) {
                case "builders" -> builders(section);
                case "properties" -> Xml.children(section).forEach(this::property);
                case "assignedNode" -> assignedNode(section.getTextContent().strip());
                case "publishers", "triggers", "buildWrappers" -> Xml.children(section).forEach(
                        e -> findings.notConverted(Xml.className(e), tag, Hints.of(tag, e)));
                default -> otherSetting(section);
            }
        }
        Set<String> defined = new HashSet<>(environment.keySet());
        steps.forEach(step -> JenkinsVariables.check(step, defined, findings));
        if (steps.isEmpty()) {
            findings.warn("no shell build step was converted: the pipeline only clones the repository");
        }
        List<String> comments = new ArrayList<>(HEADER);
        comments.addAll(findings.comments());
        String yaml = new PipelineDraft(options.pipelineName(), comments, environment, steps, node).yaml();
        return new Conversion(yaml, findings.warnings());
    }

    private void builders(Element builders) {
        List<Element> all = Xml.children(builders);
        for (int i = 0; i < all.size(); i++) {
            Element builder = all.get(i);
            if (Xml.className(builder).equals(ShellSteps.SHELL)) {
                shellSteps.convert(i + 1, builder).ifPresent(steps::add);
            } else {
                findings.notConverted(Xml.className(builder), "build step " + (i + 1), Hints.of("builders", builder));
            }
        }
    }

    private void property(Element property) {
        if (Xml.className(property).equals("hudson.model.ParametersDefinitionProperty")) {
            JobParameters.read(property, environment, findings);
        } else if (EnvInjectVariables.appliesTo(property)) {
            EnvInjectVariables.read(property, environment, findings);
        } else {
            findings.notConverted(Xml.className(property), "properties", Hints.of("properties", property));
        }
    }

    private void assignedNode(String expression) {
        if (expression.isEmpty()) {
            return;
        }
        NodeLabel.of(expression).ifPresentOrElse(node::putAll, () -> findings.notConverted(
                "label expression '" + expression + "'", "assignedNode",
                "'node:' can only require a single label; add e.g. 'node: {label: docker}' with the one the steps need"));
    }

    /** A top-level job setting: SCM, or anything else that is set to something other than its default. */
    private void otherSetting(Element setting) {
        String tag = setting.getTagName();
        boolean scm = tag.equals("scm");
        String value = scm ? Xml.className(setting) : setting.getTextContent().strip();
        if (NO_BEARING.contains(tag) || NOTHING_SET.contains(value)) {
            return;
        }
        String what = scm ? value : Xml.children(setting).isEmpty() ? tag + " '" + value + "'" : tag;
        String section = scm ? tag : "job settings";
        findings.notConverted(what, section, Hints.of(section, setting));
    }
}
