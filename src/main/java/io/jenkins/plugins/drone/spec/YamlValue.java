package io.jenkins.plugins.drone.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An untyped YAML value as Drone's decoder (gopkg.in/yaml.v2, YAML 1.1) sees it: plugin {@code settings},
 * 0.8 plugin keys. Scalars keep both their source text and their YAML 1.1 resolution, because Drone
 * encodes settings from the resolved value ({@code 1.10} becomes {@code 1.1}) but typed fields from the
 * text (docs/drone-semantics.md#yaml-dialect, docs/drone-semantics.md#settings-encoding).
 */
public sealed interface YamlValue {

    /** Where the value starts in the file. */
    Position position();

    /**
     * A scalar. {@code resolved} is one of: null (YAML null), Boolean, Long, BigInteger (beyond int64),
     * Double (including ±Infinity and NaN), or String (everything else, quoted scalars and timestamps).
     */
    record Scalar(String text, Object resolved, boolean quoted, Position position) implements YamlValue {

        /** True for YAML null: {@code key:}, {@code ~}, {@code null} (unquoted). */
        public boolean isNull() {
            return resolved == null;
        }

        // Written out because mapping keys are hashed while reading: a record's own equals and hashCode are
        // linked through method handles on first use, a sixth of the CLI's start-up (docs/benchmarks.md).
        @Override
        public boolean equals(Object other) {
            return other instanceof Scalar s && quoted == s.quoted && Objects.equals(text, s.text)
                    && Objects.equals(resolved, s.resolved) && Objects.equals(position, s.position);
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, resolved, quoted, position);
        }
    }

    /** A sequence, in order. */
    record Sequence(List<YamlValue> items, Position position) implements YamlValue {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /**
     * A mapping in document order. Keys are scalars resolved by YAML 1.1 too ({@code on:} is the boolean
     * true), so they are kept as {@link Scalar}; the last duplicate key wins, and {@code overridden} keeps the
     * earlier entries of a repeated key (a 0.8 {@code pipeline:} map keeps them all, as Go's ordered map does).
     */
    record Mapping(Map<Scalar, YamlValue> entries, List<Map.Entry<Scalar, YamlValue>> overridden, Position position)
            implements YamlValue {

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            overridden = List.copyOf(overridden);
        }

        /** A mapping without repeated keys. */
        public Mapping(Map<Scalar, YamlValue> entries, Position position) {
            this(entries, List.of(), position);
        }

        /** Every entry as written, repeated keys included, in document order. */
        public List<Map.Entry<Scalar, YamlValue>> asWritten() {
            List<Map.Entry<Scalar, YamlValue>> all = new ArrayList<>(entries.entrySet());
            if (!overridden.isEmpty()) {
                all.addAll(overridden);
                all.sort(Comparator.comparingInt((Map.Entry<Scalar, YamlValue> e) -> e.getKey().position().line())
                        .thenComparingInt(e -> e.getKey().position().column()));
            }
            return all;
        }

        /** The value under the key written as {@code keyText}, or null. */
        public YamlValue get(String keyText) {
            for (Map.Entry<Scalar, YamlValue> e : entries.entrySet()) {
                if (e.getKey().text().equals(keyText)) {
                    return e.getValue();
                }
            }
            return null;
        }
    }

    /** {@code {from_secret: name}}: the value of a secret, resolved at run time and masked. */
    record FromSecret(String secretName, Position position) implements YamlValue {}
}
