package io.jenkins.plugins.drone.jenkins.records;

/**
 * How far a step's log had been written when its record was last changed: the log events written (one per line
 * or piece of a long line, as the engine's {@code ResumePoint} counts them), the bytes of the log file and of its
 * times file at that point, and whether the last line was left open by a piece. Saved with the step record, so a
 * resumed run cuts both files back to this point and the engine sends everything after it: nothing lost or doubled.
 * A class, not a record: XStream 1.3.1, which reads build.xml in Hudson 1.395, cannot set a record's fields.
 */
public final class LogMark {

    /** Nothing written yet. */
    public static final LogMark NONE = new LogMark(0, 0, 0, false);

    private final long lines;
    private final long logBytes;
    private final long timesBytes;
    private final boolean openLine;

    public LogMark(long lines, long logBytes, long timesBytes, boolean openLine) {
        this.lines = lines;
        this.logBytes = logBytes;
        this.timesBytes = timesBytes;
        this.openLine = openLine;
    }

    public long lines() {
        return lines;
    }

    public long logBytes() {
        return logBytes;
    }

    public long timesBytes() {
        return timesBytes;
    }

    public boolean openLine() {
        return openLine;
    }
}
