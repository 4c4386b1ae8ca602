package io.jenkins.plugins.drone.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * Entry point of {@code bin/drone-pipeline}: runs the plugin's engine on a laptop. The argument parsing is
 * the project's own ({@link Usage}), so start-up loads only the classes of the command that runs.
 */
public final class Main {

    private static final List<String> COMMANDS = List.of("lint", "convert", "plan", "exec", "convert-job", "sign");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting (tests call this). */
    public static int run(String... args) {
        PrintWriter out = writer(System.out);
        PrintWriter err = writer(System.err);
        try {
            return run(List.of(args), out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int run(List<String> args, PrintWriter out, PrintWriter err) {
        String first = args.isEmpty() ? "--help" : args.get(0);
        switch (first) {
            case "-h", "--help" -> {
                out.print(overview());
                return 0;
            }
            case "-V", "--version" -> {
                out.println(version());
                return 0;
            }
            case "help" -> {
                return help(args.subList(1, args.size()), out, err);
            }
            default -> {
                CliCommand command = find(first);
                if (command == null) {
                    err.println("drone-pipeline: unknown command " + first + "\n" + "Try 'drone-pipeline --help'.");
                    return 2;
                }
                return run(first, command, args.subList(1, args.size()), out, err);
            }
        }
    }

    private static int run(String name, CliCommand command, List<String> words, PrintWriter out, PrintWriter err) {
        Usage usage = command.usage();
        if (words.contains("-h") || words.contains("--help")) {
            out.print(usage.help(name));
            return 0;
        }
        try {
            return command.run(usage.parse(name, words), out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("drone-pipeline " + name + ": " + e.getMessage());
            return 1;
        }
    }

    private static int help(List<String> topic, PrintWriter out, PrintWriter err) {
        if (topic.isEmpty()) {
            out.print(overview());
            return 0;
        }
        CliCommand command = find(topic.get(0));
        if (command == null) {
            err.println("drone-pipeline: unknown command " + topic.get(0));
            return 2;
        }
        out.print(command.usage().help(topic.get(0)));
        return 0;
    }

    /** The command of that name; a switch, so that only the command that runs is loaded. */
    private static CliCommand find(String name) {
        return switch (name) {
            case "lint" -> new LintCommand();
            case "convert" -> new ConvertCommand();
            case "plan" -> new PlanCommand();
            case "exec" -> new ExecCommand();
            case "convert-job" -> new ConvertJobCommand();
            case "sign" -> new SignCommand();
            default -> null;
        };
    }

    private static String overview() {
        StringBuilder text = new StringBuilder("Usage: drone-pipeline COMMAND [ARGS]\n"
                + "Lint, convert, plan and run Drone pipelines (.drone.yml) with the engine of the Jenkins plugin.\n\n");
        int width = COMMANDS.stream().mapToInt(String::length).max().orElse(0);
        for (String name : COMMANDS) {
            text.append("  ").append(name).append(" ".repeat(width - name.length() + 2))
                    .append(find(name).usage().summary()).append('\n');
        }
        return text.append("\n  -h, --help     show this help (also: drone-pipeline COMMAND --help)\n")
                .append("  -V, --version  print the version\n").toString();
    }

    /** The version from the jar manifest, so {@code --version} matches the built plugin. */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "drone-pipeline " + (version == null ? "development" : version);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, false);
    }
}
