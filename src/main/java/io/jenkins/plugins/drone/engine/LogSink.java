package io.jenkins.plugins.drone.engine;

/**
 * Receives a container's output line by line. A line longer than the engine's piece size arrives in pieces,
 * all but the last with {@code continues} set, so that memory stays bounded and the line is still one line.
 */
@FunctionalInterface
public interface LogSink {

    /** @param continues whether the same line goes on in the next call */
    void accept(String text, boolean continues);
}
