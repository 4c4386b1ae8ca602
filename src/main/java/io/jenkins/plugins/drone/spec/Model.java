package io.jenkins.plugins.drone.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers shared by the model records. */
final class Model {

    private Model() {}

    /** An unmodifiable copy that keeps document order (Map.copyOf would lose it). */
    static <K, V> Map<K, V> orderedCopy(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
