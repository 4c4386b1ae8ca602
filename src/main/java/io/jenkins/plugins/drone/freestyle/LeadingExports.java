package io.jenkins.plugins.drone.freestyle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Moves {@code export NAME=literal} commands from the start of a script to the step's {@code environment}.
 * Only leading ones (before any command other than option-only {@code set}): there the variable is set before
 * anything could read it, so the move changes nothing. A value is literal when the shell would not expand it:
 * single-quoted, double-quoted without {@code $ ` \}, or bare safe characters; empty values stay (Drone drops
 * empty variables). If nothing would be left to run, nothing moves.
 */
final class LeadingExports {

    private static final Pattern SET_OPTIONS = Pattern.compile("set( +([-+][A-Za-z]+|[-+]o +[a-z]+))+");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)=('([^']+)'|\"([^\"$`\\\\]+)\"|([A-Za-z0-9_./:@%+,=-]+))(?=\\s|$)");

    private LeadingExports() {}

    /** The commands with leading literal exports removed, and those variables in order. */
    record Split(List<String> commands, Map<String, String> environment) {}

    static Split split(List<String> commands) {
        Map<String, String> environment = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        boolean leading = true;
        for (String command : commands) {
            Optional<Map<String, String>> literal = leading ? literalExport(command) : Optional.empty();
            if (literal.isPresent()) {
                environment.putAll(literal.get());
            } else {
                leading = leading && SET_OPTIONS.matcher(command).matches();
                rest.add(command);
            }
        }
        return rest.isEmpty() ? new Split(commands, Map.of()) : new Split(rest, environment);
    }

    /** The variables of {@code export A=1 B='x y'} when every assignment is literal. */
    private static Optional<Map<String, String>> literalExport(String command) {
        if (!command.startsWith("export ") || command.contains("\n")) {
            return Optional.empty();
        }
        String assignments = command.substring("export ".length()).strip();
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher m = ASSIGNMENT.matcher(assignments);
        int at = 0;
        while (at < assignments.length()) {
            if (!m.region(at, assignments.length()).lookingAt()) {
                return Optional.empty();
            }
            String value = Stream.of(m.group(3), m.group(4), m.group(5)).filter(Objects::nonNull).findFirst().orElseThrow();
            variables.put(m.group(1), value);
            at = m.end();
            while (at < assignments.length() && Character.isWhitespace(assignments.charAt(at))) {
                at++;
            }
        }
        return variables.isEmpty() ? Optional.empty() : Optional.of(variables);
    }
}
