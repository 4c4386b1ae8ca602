package io.jenkins.plugins.drone.spec;

import java.util.List;
import java.util.Map;

/** drone-yaml's {@code build:} short form ({@code build: image} or the long map); ignored by the docker runner. */
public record Build(String image, String context, String dockerfile, Map<String, String> args,
        Map<String, String> labels, List<String> cacheFrom, Position position) {

    public Build {
        args = Map.copyOf(args);
        labels = Map.copyOf(labels);
        cacheFrom = List.copyOf(cacheFrom);
    }
}
