package io.jenkins.plugins.drone.jenkins.triggers;

import hudson.scheduler.CronTab;
import hudson.scheduler.CronTabList;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * Named cron schedules, one per line as {@code NAME: MINUTE HOUR DOM MONTH DOW} (Jenkins cron syntax),
 * e.g. {@code nightly: 0 2 * * *}. Blank lines and {@code #} comments are ignored.
 */
final class CronSchedules {

    /** One named schedule. */
    record Schedule(String name, CronTabList tabs) {}

    private CronSchedules() {}

    /** The schedules of {@code text}; throws IllegalArgumentException naming the bad line. */
    static List<Schedule> parse(String text) {
        List<Schedule> schedules = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).isBlank()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected NAME: CRON SPEC, got \"" + line + "\"");
            }
            String name = line.substring(0, colon).trim();
            try {
                schedules.add(new Schedule(name, new CronTabList(List.of(new CronTab(line.substring(colon + 1).trim())))));
            } catch (Exception e) {
                throw new IllegalArgumentException("line " + (i + 1) + " (" + name + "): " + e.getMessage(), e);
            }
        }
        return schedules;
    }

    /** The cron spec Jenkins' own scheduler checks: every schedule's spec, one per line. */
    static String combinedSpec(String text) {
        StringBuilder spec = new StringBuilder();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            String trimmed = line.trim();
            int colon = trimmed.indexOf(':');
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && colon > 0) {
                spec.append(trimmed.substring(colon + 1).trim()).append('\n');
            }
        }
        return spec.toString();
    }

    /** Names of the schedules due at {@code now} (minute precision). */
    static List<String> due(List<Schedule> schedules, Calendar now) {
        List<String> names = new ArrayList<>();
        for (Schedule schedule : schedules) {
            if (schedule.tabs().check(now)) {
                names.add(schedule.name());
            }
        }
        return names;
    }
}
