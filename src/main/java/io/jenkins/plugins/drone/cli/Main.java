package io.jenkins.plugins.drone.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/drone-pipeline}: runs the plugin's engine on a laptop. */
@Command(
        name = "drone-pipeline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lint, convert, plan and run Drone pipelines (.drone.yml) with the engine of the Jenkins plugin.",
        subcommands = {
            CommandLine.HelpCommand.class,
            LintCommand.class,
            ConvertCommand.class,
            PlanCommand.class,
            ExecCommand.class,
            ConvertJobCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
