package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.conformance.Corpus;
import io.jenkins.plugins.drone.spec.lint.Linter;
import io.jenkins.plugins.drone.spec.print.ManifestPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

// Proves robustness on damaged files: valid corpus files mutated at random (lines deleted, duplicated, swapped,
// re-indented; random bytes and characters inserted) never make parse, lint or print throw, and every
// diagnostic points at a line and column ≥ 1 inside the file.
class MutationFuzzTest {

    private static final int ROUNDS = 1500;
    private static final String SPECIAL = "&*:-[]{}|>!%@`\"'#\t\\~?,$";
    private final Random random = new Random(20261126);

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String folder : List.of("pretty", "linter", "legacy-converter", "parser")) {
            try (Stream<Path> files = Files.list(Corpus.dir(folder))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                    seeds.add(Files.readString(p));
                }
            }
        }
        return seeds;
    }

    @Test
    void mutatedFilesNeverThrow() throws IOException {
        List<String> seeds = seeds();
        for (int i = 0; i < ROUNDS; i++) {
            String text = mutate(seeds.get(random.nextInt(seeds.size())));
            byte[] bytes = random.nextInt(10) == 0 ? corrupt(text.getBytes(StandardCharsets.UTF_8)) : text.getBytes(StandardCharsets.UTF_8);
            ParseResult parsed = ManifestParser.parse("fuzz.yml", bytes);
            List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
            all.addAll(Linter.lint(parsed.manifest(), random.nextBoolean()));
            ManifestPrinter.print(parsed.manifest());
            long lines = text.lines().count() + 1;
            for (Diagnostic d : all) {
                assertTrue(!d.message().startsWith(ManifestParser.INTERNAL_ERROR), "an internal error: " + d.format() + "\n" + text);
                assertTrue(d.position().line() >= 1 && d.position().line() <= Math.max(lines, 1) && d.position().column() >= 1,
                        d.format() + "\n--- input ---\n" + text);
            }
        }
    }

    private String mutate(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String tmp = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, tmp);
                }
                case 3 -> lines.set(at, " ".repeat(random.nextInt(5)) + lines.get(at).stripLeading());
                case 4 -> lines.set(at, insert(lines.get(at), SPECIAL.charAt(random.nextInt(SPECIAL.length()))));
                default -> lines.set(at, insert(lines.get(at), (char) random.nextInt(0x3000)));
            }
        }
        return String.join("\n", lines);
    }

    private String insert(String line, char c) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        return line.substring(0, at) + c + line.substring(at);
    }

    private byte[] corrupt(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < 3 && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }
}
