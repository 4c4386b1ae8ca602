package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.spec.ShellQuote;
import java.util.List;

/**
 * Turns a step's {@code commands} into the POSIX script Drone runs (docs/drone-semantics.md#commands): the script is
 * passed in {@code DRONE_SCRIPT} and piped into {@code /bin/sh}, so images keep their own shell and no file
 * has to be written into the container.
 */
public final class ShellScript {

    /** Entrypoint that runs the script; the image's entrypoint is replaced. */
    public static final List<String> ENTRYPOINT = List.of("/bin/sh", "-c");
    /** Command given to {@link #ENTRYPOINT}. */
    public static final List<String> COMMAND = List.of("echo \"$DRONE_SCRIPT\" | /bin/sh");

    private static final String PROLOGUE = """
            if [ -n "$DRONE_NETRC_FILE" ]; then
            printf '%s\\n' "$DRONE_NETRC_FILE" > "$HOME/.netrc"
            chmod 600 "$HOME/.netrc"
            fi
            unset DRONE_SCRIPT DRONE_NETRC_MACHINE DRONE_NETRC_USERNAME DRONE_NETRC_PASSWORD DRONE_NETRC_FILE
            set -e
            """;

    private ShellScript() {}

    /**
     * The script: netrc prologue, {@code set -e}, then {@code + command} printed before each command
     * ({@code printf}, because some shells' {@code echo} interprets backslashes), quoted so nothing in it expands.
     */
    public static String of(List<String> commands) {
        StringBuilder script = new StringBuilder(PROLOGUE);
        for (String command : commands) {
            script.append('\n').append("printf '%s\\n' ").append(ShellQuote.quote("+ " + command)).append('\n').append(command).append('\n');
        }
        return script.toString();
    }
}
