package io.jenkins.plugins.drone.jenkins.modern;

import java.util.List;
import java.util.Optional;

/**
 * The modern core types Hudson 1.395 lacks that the plugin subclasses at runtime, found by name, the class files of
 * those subclasses, and every core reference they make, which the API guard checks against the Jenkins data
 * ({@code ReflectiveReferencesTest}): the compiler cannot, since the plugin compiles against Hudson 1.395.
 */
public final class ModernCoreTypes {

    /** Exempts matching requests from the crumb check ({@code CrumbFilter} asks every one). */
    public static final String CRUMB_EXCLUSION = "hudson/security/csrf/CrumbExclusion";

    /** Marks a root action that anonymous users without Overall/Read may reach. */
    public static final String UNPROTECTED_ROOT_ACTION = "hudson/model/UnprotectedRootAction";

    /**
     * {@code CrumbExclusion.process} with javax types: modern cores call the jakarta overload, which passes the
     * request on to this one when a subclass overrides it.
     */
    public static final String PROCESS_DESCRIPTOR = "(Ljavax/servlet/http/HttpServletRequest;"
            + "Ljavax/servlet/http/HttpServletResponse;Ljavax/servlet/FilterChain;)Z";

    /** One reference to core: a class when {@code name} is empty, else a (non-static) method of {@code owner}. */
    public record CoreReference(String owner, String name, String descriptor) {

        /** Whether this names a class, not a member. */
        public boolean isClass() {
            return name.isEmpty();
        }
    }

    /** What the classes of {@link #crumbExclusion} and {@link #unprotectedAction} refer to in core. */
    public static final List<CoreReference> REFERENCES = List.of(
            new CoreReference(CRUMB_EXCLUSION, "", ""),
            new CoreReference(CRUMB_EXCLUSION, "<init>", "()V"),
            new CoreReference(CRUMB_EXCLUSION, "process", PROCESS_DESCRIPTOR),
            new CoreReference(UNPROTECTED_ROOT_ACTION, "", ""));

    private ModernCoreTypes() {}

    /** The class, when the core that {@code core} loads has it. */
    public static Optional<Class<?>> find(String internalName, ClassLoader core) {
        try {
            return Optional.of(Class.forName(internalName.replace('/', '.'), false, core));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * {@code public class name extends CrumbExclusion} whose {@code process(request, response, chain)} returns
     * {@code target.process(request, response, chain)}, a public static method of the same descriptor.
     */
    public static byte[] crumbExclusion(String name, String target) {
        return crumbExclusion(name, CRUMB_EXCLUSION, target);
    }

    /** The same shape with any superclass that has {@code process} (tests use one Hudson 1.395 can load). */
    static byte[] crumbExclusion(String name, String superName, String target) {
        return ForwardingClassWriter.write(name, superName, List.of(), "()V",
                new ForwardingClassWriter.Forward("process", PROCESS_DESCRIPTOR, target, "process"));
    }

    /**
     * {@code public class name extends action implements UnprotectedRootAction} with one constructor that takes
     * an {@code action} and passes it to {@code action}'s constructor of that descriptor.
     */
    public static byte[] unprotectedAction(String name, String action) {
        return unprotectedAction(name, action, UNPROTECTED_ROOT_ACTION);
    }

    /** The same shape with any marker interface (tests use one Hudson 1.395 can load). */
    static byte[] unprotectedAction(String name, String action, String marker) {
        return ForwardingClassWriter.write(name, action, List.of(marker), "(L" + action + ";)V", null);
    }
}
