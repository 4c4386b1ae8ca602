package io.jenkins.plugins.drone.spec;

import java.util.List;
import java.util.Map;

/**
 * A {@code kind: pipeline} document (docs/drone-semantics.md#pipeline-document). {@code name} is as written ("" when
 * absent; Drone treats it as {@code default}, see {@link #effectiveName()}). {@code keys} holds the position of every
 * key written; {@code cloning} is the {@code clone:} section (a record component cannot be named {@code clone}).
 */
public record Pipeline(
        String kind,
        String type,
        String version,
        String name,
        Platform platform,
        Workspace workspace,
        Clone cloning,
        List<Step> steps,
        List<Step> services,
        List<Volume> volumes,
        Map<String, EnvValue> environment,
        Conditions trigger,
        List<Name> dependsOn,
        Map<String, String> node,
        Concurrency concurrency,
        List<String> imagePullSecrets,
        Map<String, Position> keys,
        Position position) implements Resource {

    /** The type of Drone's exec runner: steps run as processes on the host, without images. */
    public static final String EXEC = "exec";

    public Pipeline {
        steps = List.copyOf(steps);
        services = List.copyOf(services);
        volumes = List.copyOf(volumes);
        environment = Model.orderedCopy(environment);
        dependsOn = List.copyOf(dependsOn);
        node = Model.orderedCopy(node);
        imagePullSecrets = List.copyOf(imagePullSecrets);
        keys = Model.orderedCopy(keys);
    }

    /** Whether this installation runs pipelines of {@code type}: {@code docker}, no type (Drone's default), or {@code exec}. */
    public static boolean runsHere(String type) {
        return type.isEmpty() || type.equals("docker") || runsOnHost(type);
    }

    /** Whether pipelines of {@code type} run their steps as processes on the agent itself (Drone's exec runner). */
    public static boolean runsOnHost(String type) {
        return type.equals(EXEC);
    }

    /** Why a pipeline of {@code type} is listed but not run, in words. */
    public static String notRunReason(String type) {
        return "pipeline type " + type + " is not run by this installation";
    }

    /** The stage name: {@code default} when the file gives none. */
    public String effectiveName() {
        return name.isEmpty() ? "default" : name;
    }

    /** Where {@code key} was written in this pipeline, or the document start when it was not. */
    public Position at(String key) {
        return keys.getOrDefault(key, position);
    }
}
