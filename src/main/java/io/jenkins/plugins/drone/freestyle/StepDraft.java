package io.jenkins.plugins.drone.freestyle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One converted Drone step: what the writer prints for a Jenkins shell build step. */
record StepDraft(String name, String image, List<String> commands, Map<String, String> environment) {

    StepDraft {
        commands = List.copyOf(commands);
        environment = new LinkedHashMap<>(environment);
    }
}
