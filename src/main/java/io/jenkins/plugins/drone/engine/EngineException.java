package io.jenkins.plugins.drone.engine;

/** The container runtime refused something (pull, create, start); the step ends as {@code error}. */
public class EngineException extends RuntimeException {
    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }

    public EngineException(String message) {
        super(message);
    }
}
