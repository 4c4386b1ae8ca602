package io.jenkins.plugins.drone.freestyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

// Proves the small rules one by one: which exports may move to the step environment, how a shebang script is
// wrapped, and how label expressions map to node:.
class ConversionRulesTest {

    @Test
    void onlyLeadingLiteralExportsMoveAndOptionOnlySetMayPrecedeThem() {
        LeadingExports.Split split = LeadingExports.split(List.of(
                "set -eu", "export A=1 B='two words' C=\"no expansion\"", "export D=a=b:c/d,e", "make",
                "export E=late"));
        assertEquals(Map.of("A", "1", "B", "two words", "C", "no expansion", "D", "a=b:c/d,e"), split.environment());
        assertEquals(List.of("set -eu", "make", "export E=late"), split.commands());
    }

    @Test
    void exportsThatTheShellWouldExpandOrThatAreEmptyStayCommands() {
        List<String> kept = List.of("export A=$HOME", "export B=\"$(date)\"", "export C=~/bin", "export D=",
                "export E=x*", "export F=1; make", "export -n G", "export H", "export I=\"a\\\"b\"", "export J=a'b'");
        for (String command : kept) {
            LeadingExports.Split split = LeadingExports.split(List.of(command, "make"));
            assertEquals(Map.of(), split.environment(), command);
            assertEquals(List.of(command, "make"), split.commands());
        }
    }

    @Test
    void aScriptOfOnlyExportsKeepsThemAsCommands() {
        LeadingExports.Split split = LeadingExports.split(List.of("export A=1"));
        assertEquals(List.of("export A=1"), split.commands());
        assertEquals(Map.of(), split.environment());
    }

    @Test
    void shebangCommandWritesTheScriptUnchangedAndRunsTheInterpreterWithItsArguments() {
        String script = "#!/usr/bin/env  python3 -u\nprint('DRONE_SCRIPT_EOF')\nDRONE_SCRIPT_EOF\n";
        ShebangScript shebang = ShebangScript.of(script);
        assertEquals("/usr/bin/env python3 -u", shebang.interpreterLine());
        assertEquals("cat > /tmp/report.script <<'DRONE_SCRIPT_EOF_2'\n" + script
                + "DRONE_SCRIPT_EOF_2\n/usr/bin/env python3 -u /tmp/report.script", shebang.command("report"));
        assertTrue(ShebangScript.appliesTo("#!/bin/bash"));
        assertEquals(false, ShebangScript.appliesTo(" #!/bin/bash"));
        assertEquals(false, ShebangScript.appliesTo("#!\necho"));
    }

    @Test
    void shebangArgumentsWithShellCharactersAreQuoted() {
        assertTrue(ShebangScript.of("#!/bin/sh -c x;y\n").command("s").endsWith("\n/bin/sh -c \"x;y\" /tmp/s.script"));
    }

    @Test
    void singleLabelsMapToNodeAndExpressionsDoNot() {
        assertEquals(Optional.of(Map.of("label", "docker")), NodeLabel.of(" docker "));
        assertEquals(Optional.of(Map.of("label", "linux-amd64.large")), NodeLabel.of("linux-amd64.large"));
        assertEquals(Optional.of(Map.of("os", "linux")), NodeLabel.of("os=linux"));
        for (String expression : List.of("docker && linux", "docker||linux", "!windows", "(docker)", "\"my label\"",
                "label=docker", "a->b")) {
            assertEquals(Optional.empty(), NodeLabel.of(expression), expression);
        }
    }
}
