package io.jenkins.plugins.drone.jenkins.modern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class files the writer produces load (the JVM verifies them), have the declared supertypes, and forward:
 * the constructor's arguments of every kind reach the superclass constructor, a method's reach the static target
 * and its result comes back.
 */
class ForwardingClassWriterTest {

    private static final String PACKAGE = "io/jenkins/plugins/drone/jenkins/modern/";
    private static final String SHAPES = PACKAGE + "ForwardingClassWriterTest$";

    /** A superclass whose constructor records what it was given. */
    public abstract static class Recorder {
        final String given;

        protected Recorder(String text, long big, double real, int[] numbers, boolean flag) {
            given = text + " " + big + " " + real + " " + numbers.length + " " + flag;
        }

        public Recorder() {
            given = "";
        }

        /** Implemented by the generated class. */
        public abstract long combine(int small, long big, double real, String text, char letter);
    }

    /** The static target of {@link Recorder#combine}. */
    public static long combine(int small, long big, double real, String text, char letter) {
        return small + big + (long) real + text.length() + letter;
    }

    @Test
    void theConstructorPassesArgumentsOfEveryKindToTheSuperclass() throws Exception {
        String descriptor = "(Ljava/lang/String;JD[IZ)V";
        Class<?> c = define(ForwardingClassWriter.write(PACKAGE + "RecorderWithArguments", SHAPES + "Recorder",
                List.of("java/io/Serializable"), descriptor, null));
        Object made = c.getConstructor(String.class, long.class, double.class, int[].class, boolean.class)
                .newInstance("text", 1L << 40, 2.5, new int[3], true);
        assertEquals("text 1099511627776 2.5 3 true", ((Recorder) made).given);
        assertTrue(made instanceof Serializable);
        assertTrue(Modifier.isPublic(c.getModifiers()));
        assertEquals(Recorder.class, c.getSuperclass());
    }

    @Test
    void theMethodForwardsToTheStaticTargetAndReturnsItsResult() throws Exception {
        String descriptor = "(IJDLjava/lang/String;C)J";
        Class<?> c = define(ForwardingClassWriter.write(PACKAGE + "CombiningRecorder", SHAPES + "Recorder",
                List.of(), "()V", new ForwardingClassWriter.Forward("combine", descriptor,
                        SHAPES.substring(0, SHAPES.length() - 1), "combine")));
        Recorder made = (Recorder) c.getConstructor().newInstance();
        assertEquals(1 + (1L << 33) + 7 + 4 + 'a', made.combine(1, 1L << 33, 7.9, "four", 'a'));
    }

    @Test
    void aMalformedDescriptorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ForwardingClassWriter.write(PACKAGE + "Bad",
                "java/lang/Object", List.of(), "(Ljava/lang/String", null));
        assertThrows(IllegalArgumentException.class, () -> ForwardingClassWriter.write(PACKAGE + "Bad",
                "java/lang/Object", List.of(), "V", null));
    }

    static Class<?> define(byte[] classFile) throws IllegalAccessException {
        return MethodHandles.lookup().defineClass(classFile);
    }
}
