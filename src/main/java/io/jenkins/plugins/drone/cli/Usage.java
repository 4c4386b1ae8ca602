package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.spec.bind.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one sub-command accepts — its positional file, flags and valued options — and the help text drawn
 * from that; {@link #parse} turns the words after the command's name into {@link Arguments}.
 */
final class Usage {

    /** How an option takes values: a flag has none, a value option one, a repeatable option one per use. */
    enum Kind { FLAG, VALUE, REPEATABLE }

    private record Option(String name, Kind kind, String label, String description) {}

    private final String summary;
    private String positionalLabel;
    private String positionalDefault;
    private String positionalDescription;
    private final Map<String, Option> options = new LinkedHashMap<>();

    private Usage(String summary) {
        this.summary = summary;
    }

    static Usage of(String summary) {
        return new Usage(summary);
    }

    /** One positional argument; {@code fallback} null makes it required. */
    Usage positional(String label, String fallback, String description) {
        positionalLabel = label;
        positionalDefault = fallback;
        positionalDescription = description;
        return this;
    }

    Usage flag(String name, String description) {
        return add(new Option(name, Kind.FLAG, "", description));
    }

    Usage value(String name, String label, String description) {
        return add(new Option(name, Kind.VALUE, label, description));
    }

    Usage repeatable(String name, String label, String description) {
        return add(new Option(name, Kind.REPEATABLE, label, description));
    }

    private Usage add(Option option) {
        options.put(option.name(), option);
        return this;
    }

    String summary() {
        return summary;
    }

    /** Parses {@code --name value}, {@code --name=value}, flags and the positional; {@code --} ends options. */
    Arguments parse(String command, List<String> words) throws UsageException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (optionsEnded || !word.startsWith("-") || word.equals("-")) {
                positionals.add(word);
                continue;
            }
            if (word.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = word.indexOf('=');
            String name = equals < 0 ? word : word.substring(0, equals);
            Option option = options.get(name);
            if (option == null) {
                throw unknown(command, name);
            }
            String value;
            if (option.kind() == Kind.FLAG) {
                if (equals >= 0) {
                    throw new UsageException(command, name + " takes no value");
                }
                value = "true";
            } else if (equals >= 0) {
                value = word.substring(equals + 1);
            } else if (i + 1 < words.size()) {
                value = words.get(++i);
            } else {
                throw new UsageException(command, name + " needs a value (" + option.label() + ")");
            }
            List<String> seen = values.computeIfAbsent(name, k -> new ArrayList<>());
            if (option.kind() != Kind.REPEATABLE && !seen.isEmpty()) {
                throw new UsageException(command, name + " is given more than once");
            }
            seen.add(value);
        }
        return new Arguments(command, values, positional(command, positionals));
    }

    private String positional(String command, List<String> given) throws UsageException {
        if (given.size() > (positionalLabel == null ? 0 : 1)) {
            throw new UsageException(command, "unexpected argument " + given.get(given.size() - 1));
        }
        if (!given.isEmpty()) {
            return given.get(0);
        }
        if (positionalLabel != null && positionalDefault == null) {
            throw new UsageException(command, "missing " + positionalLabel);
        }
        return positionalDefault;
    }

    private UsageException unknown(String command, String name) {
        String near = Suggestions.closest(name, options.keySet());
        return new UsageException(command, "unknown option " + name + (near == null ? "" : " (did you mean " + near + "?)"));
    }

    /** The help text of {@code drone-pipeline COMMAND --help}. */
    String help(String command) {
        StringBuilder text = new StringBuilder("Usage: drone-pipeline ").append(command);
        if (positionalLabel != null) {
            text.append(positionalDefault == null ? " " + positionalLabel : " [" + positionalLabel + "]");
        }
        text.append(options.isEmpty() ? "" : " [OPTIONS]").append('\n').append(summary).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        if (positionalLabel != null) {
            String fallback = positionalDefault == null ? "" : " (default: " + positionalDefault + ")";
            rows.add(new String[] {positionalLabel, positionalDescription + fallback});
        }
        for (Option option : options.values()) {
            String left = option.kind() == Kind.FLAG ? option.name() : option.name() + " " + option.label();
            String repeat = option.kind() == Kind.REPEATABLE ? " (repeatable)" : "";
            rows.add(new String[] {left, option.description() + repeat});
        }
        rows.add(new String[] {"-h, --help", "show this help"});
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        for (String[] row : rows) {
            text.append("  ").append(row[0]).append(" ".repeat(width - row[0].length() + 2)).append(row[1]).append('\n');
        }
        return text.toString();
    }
}
