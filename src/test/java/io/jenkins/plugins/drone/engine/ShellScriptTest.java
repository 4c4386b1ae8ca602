package io.jenkins.plugins.drone.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves the generated script stops at the first failure and prints each command without expanding it. */
class ShellScriptTest {

    @Test
    void scriptSetsErrexitAndQuotesTheEcho() {
        String script = ShellScript.of(List.of("echo \"$HOME\" `id` \\n"));
        assertTrue(script.contains("\nset -e\n"));
        assertTrue(script.contains("printf '%s\\n' \"+ echo \\\"\\$HOME\\\" \\`id\\` \\\\n\"\necho \"$HOME\" `id` \\n\n"), script);
    }
}
