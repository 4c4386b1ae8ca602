package io.jenkins.plugins.drone.freestyle;

import java.util.List;

/** The result of a conversion: the {@code .drone.yml} text and what the user should know about it. */
public record Conversion(String yaml, List<String> warnings) {

    public Conversion {
        warnings = List.copyOf(warnings);
    }
}
