package io.jenkins.plugins.drone.freestyle;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a POSIX shell script into the top-level commands Drone runs one by one (docs/drone-semantics.md#commands). A
 * command ends at a newline only when nothing is open: no quote, no {@code $(}/{@code ${}/subshell, no {@code
 * if}/{@code case}/loop/ {@code { }} block, no pending heredoc body, no trailing {@code \}, {@code &&}, {@code ||} or
 * {@code |}. Top-level blank and comment-only lines are dropped (they do nothing); everything inside a command is
 * kept verbatim, because heredoc bodies and quoted text are data.
 */
final class ShellCommandSplitter {

    private ShellCommandSplitter() {}

    static List<String> split(String script) {
        List<String> commands = new ArrayList<>();
        ShellLineScanner scanner = new ShellLineScanner();
        List<String> current = new ArrayList<>();
        for (String line : script.split("\n", -1)) {
            if (current.isEmpty() && isBlankOrComment(line)) {
                continue;
            }
            current.add(line);
            if (scanner.scan(line)) {
                commands.add(join(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            commands.add(join(current));
        }
        return commands;
    }

    private static boolean isBlankOrComment(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() || trimmed.startsWith("#");
    }

    /** A one-line command loses surrounding blanks; a multi-line one only its first line's indentation. */
    private static String join(List<String> lines) {
        if (lines.size() == 1) {
            return lines.get(0).strip();
        }
        return String.join("\n", lines).stripLeading();
    }
}
