package io.jenkins.plugins.drone.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The API one Jenkins version offers plugins: its core, stapler and remoting surface files, the servlet API jar it
 * ships, and the classes it moved to detached plugins.
 */
final class ApiSurface {

    private static final List<String> NAMESPACES =
            List.of("hudson/", "jenkins/", "org/kohsuke/stapler/", "javax/servlet/", "org/acegisecurity/");

    private final String label;
    private final Map<String, ApiClass> classes;
    private final List<String[]> detached;

    ApiSurface(String label, Map<String, ApiClass> classes, List<String[]> detached) {
        this.label = label;
        this.classes = classes;
        this.detached = detached;
    }

    /**
     * Loads the surface in {@code dir} ({@code jenkins-core-api.txt}, {@code stapler-api.txt},
     * {@code remoting-api.txt}, {@code detached-plugins-map.txt}) plus the classes of {@code servletApi}.
     */
    static ApiSurface load(Path dir, Path servletApi) {
        Map<String, ApiClass> classes = new HashMap<>();
        for (String file : List.of("jenkins-core-api.txt", "stapler-api.txt", "remoting-api.txt")) {
            ApiTextFile.read(dir.resolve(file), classes);
        }
        ClassFiles.forEach(servletApi, (path, bytes) -> {
            ApiClass c = ClassFiles.declared(bytes, false);
            classes.put(c.name(), c);
        });
        return new ApiSurface(version(dir.resolve("jenkins-core-api.txt")), classes,
                detached(dir.resolve("detached-plugins-map.txt")));
    }

    /** Whether references to {@code internalName} are checked: Jenkins core, stapler, remoting, servlet, acegi. */
    static boolean covers(String internalName) {
        return NAMESPACES.stream().anyMatch(internalName::startsWith);
    }

    String label() {
        return label;
    }

    /** The class, or null when this Jenkins does not have it. */
    ApiClass find(String internalName) {
        return classes.get(internalName);
    }

    /** The detached plugin a class of old cores moved to, or null. */
    String movedTo(String internalName) {
        String binary = internalName.replace('/', '.');
        return detached.stream()
                .filter(d -> d[0].endsWith(".") ? binary.startsWith(d[0])
                        : binary.equals(d[0]) || binary.startsWith(d[0] + "$"))
                .map(d -> d[1]).findFirst().orElse(null);
    }

    private static String version(Path coreFile) {
        try (Stream<String> lines = Files.lines(coreFile, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("# jenkins-version:")).findFirst()
                    .map(l -> "Jenkins " + l.substring("# jenkins-version:".length()).trim().split("\\s+")[0])
                    .orElse(coreFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> detached(Path file) {
        List<String[]> result = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).forEach(result::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
