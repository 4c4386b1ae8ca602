package io.jenkins.plugins.drone.jenkins.records;

import com.thoughtworks.xstream.converters.basic.AbstractSingleValueConverter;
import hudson.model.Result;
import java.util.Collection;
import java.util.Locale;

/**
 * The status of a pipeline or step in Drone's words, as build.xml, {@code api/json}, the state JSON and
 * the CSS classes spell them ({@code success}, {@code failure}...). {@code waiting} is a pipeline whose
 * dependencies have not finished; {@code pending} one queued for an agent, or a step not started yet.
 */
public enum DroneStatus {
    WAITING, PENDING, RUNNING, SUCCESS, FAILURE, SKIPPED, KILLED, ERROR;

    /** The lower-case word. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a word names; an unknown word (a newer engine's) counts as {@link #ERROR}. */
    public static DroneStatus of(String word) {
        DroneStatus status = find(word);
        return status == null ? ERROR : status;
    }

    /** The status a word names, or null when it names none. */
    public static DroneStatus find(String word) {
        for (DroneStatus status : values()) {
            if (status.word().equals(word)) {
                return status;
            }
        }
        return null;
    }

    /** Whether it has ended (it will not change any more). */
    public boolean isFinished() {
        return this != WAITING && this != PENDING && this != RUNNING;
    }

    /** Whether it makes the build fail (and pipelines that wait for success skip). */
    public boolean isFailing() {
        return this == FAILURE || this == ERROR || this == KILLED;
    }

    /** The Jenkins result of a build that ended with only this status. */
    public Result toResult() {
        if (this == KILLED) {
            return Result.ABORTED;
        }
        return isFailing() ? Result.FAILURE : Result.SUCCESS;
    }

    /** The Jenkins result of a build from its pipelines, as Drone decides a build's status (docs/drone-semantics.md#statuses): killed wins. */
    public static Result toResult(Collection<DroneStatus> pipelines) {
        Result result = Result.SUCCESS;
        for (DroneStatus status : pipelines) {
            Result one = status.toResult();
            if (one == Result.ABORTED || (one == Result.FAILURE && result != Result.ABORTED)) {
                result = one;
            }
        }
        return result;
    }

    /** Writes the status into build.xml as its word, so files stay as they were before the enum. */
    public static final class XmlWord extends AbstractSingleValueConverter {
        @Override
        @SuppressWarnings("rawtypes")
        public boolean canConvert(Class type) {
            return type == DroneStatus.class;
        }

        @Override
        public String toString(Object status) {
            return ((DroneStatus) status).word();
        }

        @Override
        public Object fromString(String word) {
            return of(word.trim());
        }
    }
}
