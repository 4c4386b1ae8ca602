package io.jenkins.plugins.drone.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an API surface file of {@code src/compat/data} (see its README): tab-separated {@code CLASS},
 * {@code CTOR}, {@code METHOD} and {@code FIELD} lines; {@code #} starts a comment line.
 */
final class ApiTextFile {

    private ApiTextFile() {}

    /** Adds every class of {@code file} to {@code classes}, by internal name. */
    static void read(Path file, Map<String, ApiClass> classes) {
        Map<String, Map<String, Set<String>>> members = new HashMap<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
                String[] f = line.split("\t", -1);
                String owner = internal(f[1]);
                if (f[0].equals("CLASS")) {
                    Map<String, Set<String>> own = members.computeIfAbsent(owner, k -> new LinkedHashMap<>());
                    classes.put(owner, new ApiClass(owner, f[2].equals("interface") || f[2].equals("annotation"),
                            f[3].equals("-") ? null : internal(f[3]), names(f[4]), own));
                } else if (f.length >= 7) {
                    members.computeIfAbsent(owner, k -> new LinkedHashMap<>())
                            .put(ApiClass.key(f[2], f[6]), Set.of(f[5].split(",")));
                } else {
                    throw new IllegalArgumentException(file + ": malformed line: " + line);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(String list) {
        return list.equals("-") ? List.of() : Arrays.stream(list.split(",")).map(ApiTextFile::internal).toList();
    }

    private static String internal(String binaryName) {
        return binaryName.replace('.', '/');
    }
}
