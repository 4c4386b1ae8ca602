package io.jenkins.plugins.drone.spec;

/** A {@code when} (step) or {@code trigger} (pipeline) block; absent fields are {@link Condition#none}. */
public record Conditions(Condition branch, Condition event, Condition ref, Condition repo, Condition instance,
        Condition target, Condition cron, Condition action, Condition status, Condition paths, Position position) {

    /** No conditions at all: everything matches. */
    public static Conditions none(Position position) {
        Condition n = Condition.none(position);
        return new Conditions(n, n, n, n, n, n, n, n, n, n, position);
    }
}
