package io.jenkins.plugins.drone.cli;

import java.io.IOException;
import java.io.PrintWriter;

/** One sub-command of {@code bin/drone-pipeline}: the words it accepts and what it does with them. */
interface CliCommand {

    Usage usage();

    /** Runs with parsed arguments; returns the process exit code. */
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws UsageException, IOException;
}
