package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Proves the whole plan contract end to end: each golden/<case>.yml planned through `drone-pipeline plan` with the
// flags in <case>.args must print exactly <case>.json (exit 0), or exactly <case>.err on stderr (exit 1).
// Regenerate with -Dplan.golden.update=true, then review every changed file before committing.
class GoldenPlanTest {

    private static final Path DIR = Path.of("src/test/resources/plan/golden");
    private static final boolean UPDATE = Boolean.getBoolean("plan.golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void planMatchesGolden(String name) throws IOException {
        List<String> args = new ArrayList<>(List.of("plan", DIR.resolve(name + ".yml").toString()));
        Path argsFile = DIR.resolve(name + ".args");
        if (Files.exists(argsFile)) {
            args.addAll(Arrays.asList(Files.readString(argsFile).trim().split("\\s+")));
            args.removeIf(String::isEmpty);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        boolean failed = code != 0;
        String actual = (failed ? err : out).toString(StandardCharsets.UTF_8).replace(DIR + "/", "");
        Path golden = DIR.resolve(name + (failed ? ".err" : ".json"));
        if (UPDATE) {
            Files.deleteIfExists(DIR.resolve(name + (failed ? ".json" : ".err")));
            Files.writeString(golden, actual);
            return;
        }
        String expectedFile = Files.exists(DIR.resolve(name + ".err")) ? ".err" : ".json";
        assertEquals(expectedFile, failed ? ".err" : ".json", "exit code " + code + "; stderr: " + err);
        assertEquals(Files.readString(golden), actual);
    }
}
