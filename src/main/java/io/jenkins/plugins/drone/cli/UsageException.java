package io.jenkins.plugins.drone.cli;

/** Words on the command line that the command does not accept; printed with a pointer to its help. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String command, String problem) {
        super("drone-pipeline " + command + ": " + problem + "\nTry 'drone-pipeline " + command + " --help'.");
    }
}
