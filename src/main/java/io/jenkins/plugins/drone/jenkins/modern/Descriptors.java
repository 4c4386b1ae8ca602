package io.jenkins.plugins.drone.jenkins.modern;

import java.util.ArrayList;
import java.util.List;

/** Reads JVM method descriptors as far as forwarding needs: the kind of each parameter and of the result. */
final class Descriptors {

    private Descriptors() {}

    /** One kind per parameter: {@code I} for int-like types, {@code J F D}, {@code L} for objects and arrays. */
    static List<Character> parameterKinds(String descriptor) {
        if (!descriptor.startsWith("(") || descriptor.indexOf(')') < 0) {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        List<Character> kinds = new ArrayList<>();
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            int start = i;
            while (descriptor.charAt(i) == '[') {
                i++;
            }
            if (descriptor.charAt(i) == 'L') {
                i = descriptor.indexOf(';', i);
                if (i < 0) {
                    throw new IllegalArgumentException("unterminated class name in " + descriptor);
                }
            }
            kinds.add(i > start ? 'L' : kind(descriptor.charAt(i)));
            i++;
        }
        return kinds;
    }

    /** The kind of the result, {@code V} for void. */
    static char returnKind(String descriptor) {
        char c = descriptor.charAt(descriptor.indexOf(')') + 1);
        return c == 'V' ? 'V' : kind(c);
    }

    /** Local variable slots (and stack words) a value of {@code kind} takes. */
    static int size(char kind) {
        return kind == 'J' || kind == 'D' ? 2 : kind == 'V' ? 0 : 1;
    }

    /** {@code iload}, {@code lload}, {@code fload}, {@code dload} or {@code aload} (with a one-byte index). */
    static int loadOpcode(char kind) {
        return 0x15 + "IJFDL".indexOf(kind);
    }

    /** {@code ireturn}, {@code lreturn}, {@code freturn}, {@code dreturn} or {@code areturn}. */
    static int returnOpcode(char kind) {
        return 0xac + "IJFDL".indexOf(kind);
    }

    private static char kind(char c) {
        return switch (c) {
            case 'Z', 'B', 'C', 'S', 'I' -> 'I';
            case 'J', 'F', 'D' -> c;
            case 'L', '[' -> 'L';
            default -> throw new IllegalArgumentException("not a field type: " + c);
        };
    }
}
