package io.jenkins.plugins.drone.compat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One class as far as linkage is concerned: internal name ({@code hudson/model/Job}), whether it is an interface,
 * its supertypes, and its members by {@link #key(String, String) key} with their flags ({@code static},
 * {@code restricted=...}, ...).
 */
public record ApiClass(String name, boolean isInterface, String superName, List<String> interfaces,
        Map<String, Set<String>> members) {

    /** The key of a member: name and JVM descriptor, e.g. {@code getName()Ljava/lang/String;}. */
    public static String key(String name, String descriptor) {
        return name + descriptor;
    }

    /** The supertypes to search for inherited members: the superclass first, then the interfaces. */
    public List<String> supertypes() {
        return superName == null ? interfaces : Stream.concat(Stream.of(superName), interfaces.stream()).toList();
    }
}
