package io.jenkins.plugins.drone.jenkins.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The delivery ids this controller has built from, per job, so that a redelivery of the same delivery builds
 * nothing. Kept in memory, the latest {@value #CAPACITY}; forges redeliver within hours, not across restarts.
 */
final class ReceivedDeliveries {

    static final int CAPACITY = 10_000;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Records the delivery for the job; false when it was recorded before (an empty id is never a repeat). */
    synchronized boolean firstTime(String forge, String deliveryId, String job) {
        if (deliveryId == null || deliveryId.isEmpty()) {
            return true;
        }
        return seen.put(forge + "\u0000" + deliveryId + "\u0000" + job, Boolean.TRUE) == null;
    }
}
