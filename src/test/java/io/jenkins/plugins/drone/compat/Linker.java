package io.jenkins.plugins.drone.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the declaration a member reference links to, the way the JVM searches: the owner, then its superclasses
 * and superinterfaces (constructors only in the owner). Classes come from the plugin itself, from a Jenkins
 * {@link ApiSurface} (for the namespaces it {@linkplain ApiSurface#covers covers}), or from the running JDK; any
 * other class is unknown (a bundled library), which makes a search that needed it unverifiable.
 */
final class Linker {

    private static final Map<String, Optional<ApiClass>> JDK = new ConcurrentHashMap<>();

    private final Map<String, ApiClass> plugin;
    private final ApiSurface surface;

    Linker(Map<String, ApiClass> plugin, ApiSurface surface) {
        this.plugin = plugin;
        this.surface = surface;
    }

    /** The outcome of a search: where the member was found (null if not), whether Jenkins classes took part. */
    record Resolution(ApiClass foundIn, Set<String> flags, boolean unverifiable, boolean jenkinsSearched) {}

    Resolution resolve(Reference reference) {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(reference.owner());
        boolean unknown = false;
        boolean jenkins = false;
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (!seen.add(name)) {
                continue;
            }
            ApiClass c = find(name);
            jenkins |= ApiSurface.covers(name);
            if (c == null) {
                unknown |= !ApiSurface.covers(name);
                continue;
            }
            Set<String> flags = c.members().get(reference.key());
            if (flags != null) {
                return new Resolution(c, flags, false, jenkins);
            }
            if (reference.isConstructor()) {
                break;
            }
            queue.addAll(c.supertypes());
            if (c.isInterface() || c.superName() == null && !name.equals("java/lang/Object")) {
                queue.add("java/lang/Object");
            }
        }
        return new Resolution(null, Set.of(), unknown, jenkins);
    }

    /** The class of that name, wherever it comes from; null when unknown or missing from Jenkins. */
    ApiClass find(String name) {
        if (ApiSurface.covers(name)) {
            return surface.find(name);
        }
        ApiClass own = plugin.get(name);
        return own != null ? own : jdk(name);
    }

    private static ApiClass jdk(String name) {
        return JDK.computeIfAbsent(name, n -> {
            try (InputStream in = ClassLoader.getPlatformClassLoader().getResourceAsStream(n + ".class")) {
                return in == null ? Optional.empty() : Optional.of(ClassFiles.declared(in.readAllBytes(), false));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }
}
