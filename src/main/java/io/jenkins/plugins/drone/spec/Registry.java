package io.jenkins.plugins.drone.spec;

import java.util.Map;

/** A deprecated {@code kind: registry} document: encrypted credentials per registry host. */
public record Registry(String kind, String type, Map<String, String> data, Position position) implements Resource {

    public Registry {
        data = Model.orderedCopy(data);
    }
}
