package io.jenkins.plugins.drone.jenkins.secrets;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The secrets a build's pipelines name but will not get, each with the step that wants it: a pull request from a
 * fork stops with these before anything runs, rather than running steps with empty variables.
 */
public final class WithheldSecrets {

    private WithheldSecrets() {}

    /**
     * One message per secret that a step (or image pull) of a running pipeline names and {@code values} lacks.
     *
     * @param values the secrets the build gets, by lower-case name
     * @param why    why they are withheld, in words
     */
    public static List<String> of(List<PipelinePlan> plans, Map<String, String> values, String why) {
        List<String> messages = new ArrayList<>();
        for (PipelinePlan plan : plans) {
            if (!plan.run()) {
                continue;
            }
            for (StepPlan step : plan.steps()) {
                if (!step.verdict().run()) {
                    continue;
                }
                for (String name : new TreeSet<>(step.process().secretEnvironment().values())) {
                    if (!values.containsKey(name.toLowerCase(Locale.ROOT))) {
                        messages.add("pipeline \"" + plan.name() + "\", step \"" + step.name() + "\": secret \"" + name
                                + "\" is withheld: " + why);
                    }
                }
            }
            for (String name : plan.imagePullSecrets()) {
                if (!values.containsKey(name.toLowerCase(Locale.ROOT))) {
                    messages.add("pipeline \"" + plan.name() + "\": image pull secret \"" + name
                            + "\" is withheld: " + why);
                }
            }
        }
        return messages;
    }
}
