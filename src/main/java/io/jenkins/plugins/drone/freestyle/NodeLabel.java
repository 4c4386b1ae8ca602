package io.jenkins.plugins.drone.freestyle;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the job's {@code <assignedNode>} label expression to a pipeline {@code node:} map, the inverse of the
 * Jenkins side's rule ({@code node: {key: value}} → label {@code key=value}, except key {@code label}, whose
 * value is the label itself): a single label {@code docker} → {@code {label: docker}}, a single
 * {@code key=value} label → {@code {key: value}}. Anything else ({@code &&}, {@code ||}, {@code !},
 * parentheses, quotes) has no {@code node:} form and is reported instead.
 */
final class NodeLabel {

    private static final Pattern ATOM = Pattern.compile("[A-Za-z0-9_.:/-]+");
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z0-9_.:/-]+)=([A-Za-z0-9_.:/-]+)");

    private NodeLabel() {}

    /** The {@code node:} map for {@code expression}, or empty when it is not a single label. */
    static Optional<Map<String, String>> of(String expression) {
        String label = expression.strip();
        Matcher keyValue = KEY_VALUE.matcher(label);
        if (keyValue.matches() && !keyValue.group(1).equals("label")) {
            return Optional.of(Map.of(keyValue.group(1), keyValue.group(2)));
        }
        return ATOM.matcher(label).matches() ? Optional.of(Map.of("label", label)) : Optional.empty();
    }
}
