package io.jenkins.plugins.drone.freestyle;

/** A {@code config.xml} that cannot be converted: not well-formed XML or not a freestyle job; says where. */
public final class InvalidJobConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    /** {@code line} and {@code column} start at 1; 0 when the problem has no position (e.g. the wrong job type). */
    public InvalidJobConfigException(int line, int column, String problem) {
        super(line > 0 ? line + ":" + Math.max(column, 1) + ": " + problem : problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code FILE:LINE:COL: problem}, or {@code FILE: problem} without a position: the CLI's diagnostic format. */
    public String format(String fileName) {
        return fileName + (line > 0 ? ":" + getMessage() : ": " + problem);
    }

    /** The message without its position. */
    public String problem() {
        return problem;
    }
}
