package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.engine.docker.DockerContainerEngine;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first engine of a resumed run, in a JVM of its own that {@link KilledRun} kills with SIGKILL: runs the
 * serialised {@link RunRequest} in the file named by its argument and prints every event as a JSON line, flushed at
 * once, as the agent sends them to the controller.
 */
public final class ResumeChild {

    private ResumeChild() {}

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        RunRequest request;
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(Path.of(args[0])))) {
            request = (RunRequest) in.readObject();
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PipelineListener printer = event -> {
            synchronized (out) {
                out.println(PipelineEvents.toJson(event));
            }
        };
        PipelineRun.create(DockerContainerEngine.connect(null), request, printer).execute();
    }
}
