package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Proves with the local /bin/sh that a quoted word reaches a command unchanged, and that safe words stay bare. */
class ShellQuoteTest {

    @Test
    void safeWordsStayBare() {
        assertEquals("/usr/bin/env", ShellQuote.quote("/usr/bin/env"));
        assertEquals("-Dx=1,2:3@h%+", ShellQuote.quote("-Dx=1,2:3@h%+"));
        assertEquals("\"+ echo \\\"\\$HOME\\\" \\`id\\` \\\\n\"", ShellQuote.quote("+ echo \"$HOME\" `id` \\n"));
    }

    @Test
    void theShellReadsEveryQuotedWordBack() throws Exception {
        for (String word : List.of("", "a b", "$HOME ${X} $(id) `id`", "it's \"quoted\"", "back\\slash\\", "*?[a]~#!&;|<>(){}",
                "line\nbreak", "ünï ✓")) {
            Process sh = new ProcessBuilder("sh", "-c", "printf '%s' " + ShellQuote.quote(word)).start();
            String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            sh.waitFor(10, TimeUnit.SECONDS);
            assertEquals(word, out, ShellQuote.quote(word));
        }
    }
}
