package io.jenkins.plugins.drone.compat;

/**
 * One symbolic reference a class file makes: to a class, or to a method or field of {@code owner} (internal
 * names, JVM descriptors), with how it is invoked, which the JVM checks against the target when it links.
 */
record Reference(Kind kind, String owner, String name, String descriptor, boolean isStatic, boolean viaInterface) {

    /** What is referenced. */
    enum Kind { CLASS, METHOD, FIELD }

    static Reference type(String owner) {
        return new Reference(Kind.CLASS, owner, "", "", false, false);
    }

    boolean isConstructor() {
        return name.equals("<init>");
    }

    String key() {
        return ApiClass.key(name, descriptor);
    }

    @Override
    public String toString() {
        String type = owner.replace('/', '.');
        return switch (kind) {
            case CLASS -> "class " + type;
            case METHOD -> (isConstructor() ? "constructor " + type : "method " + type + "." + name) + descriptor;
            case FIELD -> "field " + type + "." + name + " " + descriptor;
        };
    }
}
