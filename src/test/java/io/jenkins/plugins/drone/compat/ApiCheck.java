package io.jenkins.plugins.drone.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the references of a plugin against one Jenkins {@link ApiSurface}: every class of the covered namespaces
 * must exist (a class moved to a detached plugin counts as missing: the plugin depends on none), every member must
 * be found through the class hierarchy with the same static-ness and the owner of the same kind (class or
 * interface), since the JVM refuses to link anything else. Use of {@code @Restricted} API is a warning.
 */
final class ApiCheck {

    private ApiCheck() {}

    /** Checks {@code references} (reference to first user) of the plugin classes {@code plugin}. */
    static ApiReport run(String artefact, Map<String, ApiClass> plugin, Map<Reference, String> references,
            ApiSurface surface) {
        Linker linker = new Linker(plugin, surface);
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        int unverified = 0;
        for (Map.Entry<Reference, String> e : references.entrySet()) {
            Reference ref = e.getKey();
            String usedBy = " (used by " + e.getValue() + ")";
            boolean covered = ApiSurface.covers(ref.owner());
            if (covered && surface.find(ref.owner()) == null) {
                checked.add(ref.toString());
                String detached = surface.movedTo(ref.owner());
                missing.add(ref + usedBy + (ref.kind() == Reference.Kind.CLASS ? "" : ": its class is missing")
                        + (detached == null ? "" : "; moved to the detached plugin " + detached));
                continue;
            }
            if (ref.kind() == Reference.Kind.CLASS) {
                if (covered) {
                    checked.add(ref.toString());
                }
                continue;
            }
            Linker.Resolution r = linker.resolve(ref);
            if (!covered && !r.jenkinsSearched()) {
                continue;
            }
            checked.add(ref.toString());
            if (r.foundIn() == null) {
                if (r.unverifiable()) {
                    unverified++;
                } else {
                    missing.add(ref + usedBy + ": not found in " + surface.label());
                }
                continue;
            }
            String mismatch = mismatch(ref, r.flags(), linker.find(ref.owner()));
            if (mismatch != null) {
                missing.add(ref + usedBy + ": " + mismatch + " in " + surface.label());
            }
            r.flags().stream().filter(f -> f.startsWith("restricted=")).findFirst()
                    .ifPresent(f -> warnings.add(ref + usedBy + ": @Restricted(" + f.substring(11) + ")"));
        }
        checked.sort(null);
        missing.sort(null);
        warnings.sort(null);
        return new ApiReport(artefact, surface.label(), checked, missing, warnings, unverified);
    }

    private static String mismatch(Reference ref, Set<String> flags, ApiClass owner) {
        boolean isStatic = flags.contains("static");
        if (isStatic != ref.isStatic() && !ref.isConstructor()) {
            return isStatic ? "it is static" : "it is not static";
        }
        if (ref.kind() == Reference.Kind.METHOD && owner != null && owner.isInterface() != ref.viaInterface()) {
            return owner.isInterface() ? "its class is an interface" : "its class is not an interface";
        }
        return null;
    }
}
