package io.jenkins.plugins.drone.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The class files of a directory, a jar, or a plugin archive ({@code .hpi}: every jar in {@code WEB-INF/lib} and
 * {@code WEB-INF/classes}), and the {@link ApiClass} each one declares.
 */
final class ClassFiles {

    private ClassFiles() {}

    /** Calls {@code sink} with the path and bytes of every class file in {@code location}. */
    static void forEach(Path location, BiConsumer<String, byte[]> sink) {
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                        sink.accept(location.relativize(file).toString(), Files.readAllBytes(file));
                    }
                }
            } else {
                try (InputStream in = Files.newInputStream(location)) {
                    fromArchive(location.getFileName().toString(), in, sink);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": " + e.getMessage(), e);
        }
    }

    private static void fromArchive(String name, InputStream in, BiConsumer<String, byte[]> sink) throws IOException {
        JarInputStream jar = new JarInputStream(in);
        for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
            String path = entry.getName();
            if (path.endsWith(".class") && !path.startsWith("META-INF/versions/") && !path.endsWith("module-info.class")) {
                sink.accept(name + "!/" + path, jar.readAllBytes());
            } else if (path.endsWith(".jar")) {
                fromArchive(name + "!/" + path, new NonClosing(jar), sink);
            }
        }
    }

    /** The class a class file declares; {@code all} keeps private and package members too. */
    static ApiClass declared(byte[] bytes, boolean all) {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        List<ApiClass> result = new ArrayList<>(1);
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            private String name;
            private boolean isInterface;
            private String superName;
            private List<String> interfaces;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                this.name = name;
                this.isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
                this.superName = superName;
                this.interfaces = List.of(interfaces);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                add(access, name, descriptor);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                add(access, name, descriptor);
                return null;
            }

            private void add(int access, String member, String descriptor) {
                if (all || (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0) {
                    members.put(ApiClass.key(member, descriptor),
                            (access & Opcodes.ACC_STATIC) != 0 ? Set.of("static") : Set.of());
                }
            }

            @Override
            public void visitEnd() {
                result.add(new ApiClass(name, isInterface, superName, interfaces, members));
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return result.get(0);
    }

    /** Lets a nested jar be read from its enclosing archive's stream without closing that stream. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
