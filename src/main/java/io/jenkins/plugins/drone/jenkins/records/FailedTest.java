package io.jenkins.plugins.drone.jenkins.records;

import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/** One failed or erroneous test case of a JUnit report, its texts truncated and secrets masked; persisted in build.xml. */
@ExportedBean(defaultVisibility = 3)
public final class FailedTest {

    private final String className;
    private final String name;
    private final String kind;
    private final String message;
    private final String trace;
    private final String output;
    private final double time;

    /**
     * @param kind    {@code failure} (an assertion failed) or {@code error} (the test threw)
     * @param message the failure's message (or the first line of its text)
     * @param trace   the failure's text, usually a stack trace
     * @param output  the test case's system-out and system-err
     */
    public FailedTest(String className, String name, String kind, String message, String trace, String output,
                      double time) {
        this.className = className;
        this.name = name;
        this.kind = kind;
        this.message = message;
        this.trace = trace;
        this.output = output;
        this.time = time;
    }

    @Exported
    public String getClassName() {
        return className;
    }

    @Exported
    public String getName() {
        return name;
    }

    /** failure or error. */
    @Exported
    public String getKind() {
        return kind;
    }

    @Exported
    public String getMessage() {
        return message;
    }

    @Exported
    public String getTrace() {
        return trace;
    }

    @Exported
    public String getOutput() {
        return output;
    }

    /** Seconds. */
    @Exported
    public double getTime() {
        return time;
    }
}
