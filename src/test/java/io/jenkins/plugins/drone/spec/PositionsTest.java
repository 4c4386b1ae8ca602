package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jenkins.plugins.drone.spec.conformance.Corpus;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Proves every model element carries a usable Position (file, line ≥ 1, column ≥ 1), including elements that
// were not written (absent `when`, `clone`, conditions), for every corpus file, 1.x and 0.8 alike.
class PositionsTest {

    static Stream<Path> files() throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (String folder : List.of("parser", "linter", "pretty", "legacy-converter")) {
            try (Stream<Path> s = Files.list(Corpus.dir(folder))) {
                s.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyElementIsPositioned(Path file) throws IOException {
        ParseResult r = ManifestParser.parse(file.getFileName().toString(), Files.readString(file));
        r.manifest().resources().forEach(res -> walk(res, res.getClass().getSimpleName()));
    }

    private static void walk(Object value, String path) {
        if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                Object child = read(c, record);
                if (c.getType() == Position.class) {
                    Position p = (Position) child;
                    assertTrue(p != null && p.line() >= 1 && p.column() >= 1 && p.file() != null, path + "." + c.getName() + " = " + p);
                } else {
                    walk(child, path + "." + c.getName());
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k));
        }
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            return fail(e);
        }
    }
}
