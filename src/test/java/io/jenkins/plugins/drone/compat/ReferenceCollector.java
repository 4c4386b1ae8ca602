package io.jenkins.plugins.drone.compat;

import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Collects every reference a class file makes that the JVM resolves when it loads, links or runs the class:
 * supertypes, types in member signatures, runtime-visible annotations, and in code the classes, methods and fields
 * used (method handles of lambdas and method references included). Each reference is kept once, with the first
 * class that made it.
 */
final class ReferenceCollector extends ClassVisitor {

    private final Map<Reference, String> references;
    private String className;

    private ReferenceCollector(Map<Reference, String> references) {
        super(Opcodes.ASM9);
        this.references = references;
    }

    /** Adds the references of one class file to {@code references} (reference to first user). */
    static void collect(byte[] classFile, Map<Reference, String> references) {
        new ClassReader(classFile).accept(new ReferenceCollector(references),
                ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        className = name;
        if (superName != null) {
            type(superName);
        }
        for (String i : interfaces) {
            type(i);
        }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        annotation(descriptor, visible);
        return null;
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        descriptorTypes(descriptor);
        return new FieldVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                annotation(annotation, visible);
                return null;
            }
        };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        descriptorTypes(descriptor);
        return new Code();
    }

    private void annotation(String descriptor, boolean visible) {
        if (visible) {
            descriptorTypes(descriptor);
        }
    }

    private void add(Reference reference) {
        references.putIfAbsent(reference, className.replace('/', '.'));
    }

    private void type(String internalName) {
        if (internalName.startsWith("[")) {
            descriptorTypes(internalName);
        } else {
            add(Reference.type(internalName));
        }
    }

    private void descriptorTypes(String descriptor) {
        Type t = Type.getType(descriptor);
        if (t.getSort() == Type.METHOD) {
            for (Type argument : t.getArgumentTypes()) {
                objectType(argument);
            }
            objectType(t.getReturnType());
        } else {
            objectType(t);
        }
    }

    private void objectType(Type t) {
        Type element = t.getSort() == Type.ARRAY ? t.getElementType() : t;
        if (element.getSort() == Type.OBJECT) {
            add(Reference.type(element.getInternalName()));
        }
    }

    private void member(Reference.Kind kind, String owner, String name, String descriptor, boolean isStatic,
            boolean viaInterface) {
        if (owner.startsWith("[")) {
            descriptorTypes(owner);
            return;
        }
        type(owner);
        descriptorTypes(descriptor);
        add(new Reference(kind, owner, name, descriptor, isStatic, viaInterface));
    }

    private void handle(Handle h) {
        int tag = h.getTag();
        boolean field = tag <= Opcodes.H_PUTSTATIC;
        boolean isStatic = tag == Opcodes.H_GETSTATIC || tag == Opcodes.H_PUTSTATIC || tag == Opcodes.H_INVOKESTATIC;
        member(field ? Reference.Kind.FIELD : Reference.Kind.METHOD, h.getOwner(), h.getName(), h.getDesc(),
                isStatic, h.isInterface());
    }

    private void constant(Object value) {
        if (value instanceof Type t) {
            if (t.getSort() == Type.METHOD) {
                descriptorTypes(t.getDescriptor());
            } else {
                objectType(t);
            }
        } else if (value instanceof Handle h) {
            handle(h);
        }
    }

    /** The references of one method's code. */
    private final class Code extends MethodVisitor {

        Code() {
            super(Opcodes.ASM9);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            annotation(descriptor, visible);
            return null;
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
            annotation(descriptor, visible);
            return null;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            type(type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            member(Reference.Kind.FIELD, owner, name, descriptor,
                    opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC, false);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            member(Reference.Kind.METHOD, owner, name, descriptor, opcode == Opcodes.INVOKESTATIC, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            descriptorTypes(descriptor);
            handle(bootstrap);
            for (Object argument : arguments) {
                constant(argument);
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            constant(value);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            descriptorTypes(descriptor);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null) {
                type(type);
            }
        }
    }
}
