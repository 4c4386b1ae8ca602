package io.jenkins.plugins.drone.freestyle;

import java.util.ArrayList;
import java.util.List;

/** What a conversion noticed, in the order found: parts left out (also printed as comments) and warnings. */
final class Findings {

    private final List<NotConverted> notConverted = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    void notConverted(String what, String section, String hint) {
        NotConverted item = new NotConverted(what, section, hint);
        notConverted.add(item);
        warnings.add(item.describe());
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> comments() {
        return notConverted.stream().map(NotConverted::describe).toList();
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
