package io.jenkins.plugins.drone.jenkins.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves the one status type's rules: its words, which statuses are final or failing, and the build result. */
class DroneStatusTest {

    @Test
    void wordsRoundTripAndUnknownWordsAreErrors() {
        for (DroneStatus status : DroneStatus.values()) {
            assertEquals(status, DroneStatus.of(status.word()));
        }
        assertEquals("success", DroneStatus.SUCCESS.word());
        assertEquals(DroneStatus.ERROR, DroneStatus.of("exploded"));
    }

    @Test
    void onlyWaitingPendingAndRunningAreUnfinished() {
        assertFalse(DroneStatus.WAITING.isFinished());
        assertFalse(DroneStatus.PENDING.isFinished());
        assertFalse(DroneStatus.RUNNING.isFinished());
        assertTrue(DroneStatus.SKIPPED.isFinished());
        assertTrue(DroneStatus.KILLED.isFinished());
    }

    @Test
    void killedWinsOverFailureAndSkippedCountsAsSuccess() {
        assertTrue(DroneStatus.KILLED.isFailing());
        assertFalse(DroneStatus.SKIPPED.isFailing());
        assertEquals(Result.SUCCESS, DroneStatus.toResult(List.of(DroneStatus.SUCCESS, DroneStatus.SKIPPED)));
        assertEquals(Result.FAILURE, DroneStatus.toResult(List.of(DroneStatus.SUCCESS, DroneStatus.ERROR)));
        assertEquals(Result.ABORTED, DroneStatus.toResult(List.of(DroneStatus.KILLED, DroneStatus.FAILURE)));
        assertEquals(Result.ABORTED, DroneStatus.toResult(List.of(DroneStatus.FAILURE, DroneStatus.KILLED)));
    }
}
