package io.jenkins.plugins.drone.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsed words of one sub-command: its positional argument and the values of its options by name. */
final class Arguments {

    private final String command;
    private final Map<String, List<String>> values;
    private final String positional;

    Arguments(String command, Map<String, List<String>> values, String positional) {
        this.command = command;
        this.values = values;
        this.positional = positional;
    }

    /** The positional argument as a path (its default when not given). */
    Path file() {
        return Path.of(positional);
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** The option's value, or {@code fallback} when it is not given. */
    String value(String name, String fallback) {
        List<String> given = values.get(name);
        return given == null ? fallback : given.get(0);
    }

    long number(String name, long fallback) throws UsageException {
        String given = value(name, null);
        if (given == null) {
            return fallback;
        }
        try {
            return Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw new UsageException(command, name + " takes a whole number, not '" + given + "'");
        }
    }

    /** A count such as a pull request number: a whole number from 0 to {@link Integer#MAX_VALUE}. */
    int count(String name, int fallback) throws UsageException {
        long given = number(name, fallback);
        if (given < 0 || given > Integer.MAX_VALUE) {
            throw new UsageException(command, name + " takes a number from 0 to " + Integer.MAX_VALUE
                    + ", not " + given);
        }
        return (int) given;
    }

    /** Every value of a repeatable option, in the order given. */
    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** A repeatable {@code NAME=VALUE} option as a map in the order given (a later NAME wins). */
    Map<String, String> pairs(String name) throws UsageException {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : values.getOrDefault(name, List.of())) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new UsageException(command, name + " takes NAME=VALUE, not '" + pair + "'");
            }
            pairs.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return pairs;
    }

    /** A repeatable {@code NAME=NUMBER} option, such as {@code --exit-code test=1}. */
    Map<String, Integer> numberPairs(String name) throws UsageException {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : pairs(name).entrySet()) {
            try {
                numbers.put(pair.getKey(), Integer.parseInt(pair.getValue()));
            } catch (NumberFormatException e) {
                throw new UsageException(command, name + " takes NAME=NUMBER, not '" + pair.getKey() + "=" + pair.getValue() + "'");
            }
        }
        return numbers;
    }
}
