package io.jenkins.plugins.drone.spec.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proves the printer's form for generated files: leading comments, {@code |-} blocks, {@code $$} and typed words. */
class GeneratedDocumentTest {

    @Test
    void commentsBlocksAndEscapesOfAGeneratedDocument() {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("name", "build");
        step.put("commands", List.of("echo ${HOME} $$", "cat <<EOF\n  a\n\nEOF", "yes", "007"));
        step.put("environment", Map.of("ON", "\u2028"));
        String yaml = ManifestPrinter.generated(List.of("first\nline", "second"),
                Map.of("kind", "pipeline"), Map.of("steps", List.of(step)));
        assertEquals("""
                ---
                # first line
                # second
                kind: pipeline

                steps:
                - name: build
                  commands:
                  - echo $${HOME} $$$
                  - |-
                    cat <<EOF
                      a

                    EOF
                  - "yes"
                  - "007"
                  environment:
                    "ON": "\\u2028"

                ...
                """, yaml);
    }

    @Test
    void noStepsPrintAsAnEmptyList() {
        assertEquals("---\nname: x\n\nsteps: []\n\n...\n",
                ManifestPrinter.generated(List.of(), Map.of("name", "x"), Map.of("steps", List.of())));
    }
}
