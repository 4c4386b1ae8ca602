package io.jenkins.plugins.drone.jenkins.modern;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the class file of a public class that only forwards: a constructor that passes its parameters to the
 * superclass constructor of the same descriptor, and at most one public method that passes its parameters to a
 * public static method of the same descriptor. This is all the plugin needs to subclass core types that Hudson
 * 1.395 lacks (JVMS 4: class version 52, straight-line code, so no stack map frames).
 */
public final class ForwardingClassWriter {

    /** A public instance method {@code name descriptor} whose body is {@code return Owner.target(args...)}. */
    public record Forward(String name, String descriptor, String targetOwner, String targetName) {}

    private static final int PUBLIC_SUPER = 0x0021;
    private static final int PUBLIC = 0x0001;
    private static final int ALOAD_0 = 0x2a;
    private static final int INVOKESPECIAL = 0xb7;
    private static final int INVOKESTATIC = 0xb8;
    private static final int RETURN = 0xb1;

    private final Map<String, Integer> constants = new LinkedHashMap<>();
    private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
    private int nextIndex = 1;

    private ForwardingClassWriter() {}

    /**
     * The class file of {@code name} (internal names throughout, e.g. {@code a/b/C}) extending {@code superName},
     * implementing {@code interfaces}, with a constructor of {@code constructorDescriptor} and {@code forward}
     * (or none when null).
     */
    public static byte[] write(String name, String superName, List<String> interfaces, String constructorDescriptor,
                               Forward forward) {
        return new ForwardingClassWriter().classFile(name, superName, interfaces, constructorDescriptor, forward);
    }

    private byte[] classFile(String name, String superName, List<String> interfaces, String constructorDescriptor,
                             Forward forward) {
        int thisClass = classRef(name);
        int superClass = classRef(superName);
        List<Integer> interfaceRefs = new ArrayList<>();
        interfaces.forEach(i -> interfaceRefs.add(classRef(i)));
        List<byte[]> methods = new ArrayList<>();
        methods.add(method("<init>", constructorDescriptor,
                code(constructorDescriptor, INVOKESPECIAL, methodRef(superName, "<init>", constructorDescriptor))));
        if (forward != null) {
            methods.add(method(forward.name(), forward.descriptor(), code(forward.descriptor(), INVOKESTATIC,
                    methodRef(forward.targetOwner(), forward.targetName(), forward.descriptor()))));
        }
        int codeName = utf8("Code");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(52);
            out.writeShort(nextIndex);
            pool.writeTo(out);
            out.writeShort(PUBLIC_SUPER);
            out.writeShort(thisClass);
            out.writeShort(superClass);
            out.writeShort(interfaceRefs.size());
            for (int i : interfaceRefs) {
                out.writeShort(i);
            }
            out.writeShort(0);
            out.writeShort(methods.size());
            for (byte[] m : methods) {
                writeMethod(out, m, codeName);
            }
            out.writeShort(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A method as access, name, descriptor indexes followed by its code bytes (the Code attribute's body). */
    private byte[] method(String name, String descriptor, byte[] code) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(PUBLIC);
            out.writeShort(utf8(name));
            out.writeShort(utf8(descriptor));
            out.write(code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeMethod(DataOutputStream out, byte[] method, int codeName) throws IOException {
        out.write(method, 0, 6);
        out.writeShort(1);
        out.writeShort(codeName);
        out.writeInt(method.length - 6);
        out.write(method, 6, method.length - 6);
    }

    /**
     * The Code attribute's body: load {@code this} (for a constructor) and every parameter, invoke, return. A
     * constructor returns nothing; a forwarding method returns what the static target returns.
     */
    private static byte[] code(String descriptor, int invoke, int target) {
        List<Character> params = Descriptors.parameterKinds(descriptor);
        boolean constructor = invoke == INVOKESPECIAL;
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        if (constructor) {
            code.write(ALOAD_0);
        }
        int slot = 1;
        for (char kind : params) {
            code.write(Descriptors.loadOpcode(kind));
            code.write(slot);
            slot += Descriptors.size(kind);
        }
        code.write(invoke);
        code.write(target >> 8);
        code.write(target);
        char returned = constructor ? 'V' : Descriptors.returnKind(descriptor);
        code.write(returned == 'V' ? RETURN : Descriptors.returnOpcode(returned));
        int arguments = slot - 1 + (constructor ? 1 : 0);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(body)) {
            out.writeShort(Math.max(arguments, Descriptors.size(returned)));
            out.writeShort(slot);
            out.writeInt(code.size());
            code.writeTo(out);
            out.writeShort(0);
            out.writeShort(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }

    private int utf8(String value) {
        return constant("U" + value, out -> {
            out.writeByte(1);
            out.writeUTF(value);
        });
    }

    private int classRef(String internalName) {
        int name = utf8(internalName);
        return constant("C" + internalName, out -> {
            out.writeByte(7);
            out.writeShort(name);
        });
    }

    private int methodRef(String owner, String name, String descriptor) {
        int ownerRef = classRef(owner);
        int nameRef = utf8(name);
        int descriptorRef = utf8(descriptor);
        int nameAndType = constant("N" + name + descriptor, out -> {
            out.writeByte(12);
            out.writeShort(nameRef);
            out.writeShort(descriptorRef);
        });
        return constant("M" + owner + "." + name + descriptor, out -> {
            out.writeByte(10);
            out.writeShort(ownerRef);
            out.writeShort(nameAndType);
        });
    }

    private interface Entry {
        void write(DataOutputStream out) throws IOException;
    }

    private int constant(String key, Entry entry) {
        Integer known = constants.get(key);
        if (known != null) {
            return known;
        }
        try {
            DataOutputStream out = new DataOutputStream(pool);
            entry.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        constants.put(key, nextIndex);
        return nextIndex++;
    }
}
