package io.jenkins.plugins.drone.plan;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code DRONE_SEMVER*} and {@code DRONE_CALVER*} variables of a tag build
 * (docs/drone-semantics.md#build-variables).
 */
final class TagVersions {

    private static final Pattern SEMVER = Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$");
    private static final Pattern CALVER = Pattern.compile(
            "^(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:[-.]([0-9A-Za-z.-]+))?$");

    private TagVersions() {
    }

    /** Adds the SemVer variables of {@code tag} (leading {@code v} ignored), or {@code DRONE_SEMVER_ERROR}. */
    static void addSemVer(String tag, Map<String, String> env) {
        String version = withoutV(tag);
        Matcher m = SEMVER.matcher(version);
        if (!m.matches()) {
            env.put("DRONE_SEMVER_ERROR", version + " is not in dotted-tri format");
            return;
        }
        String shortForm = m.group(1) + "." + m.group(2) + "." + m.group(3);
        env.put("DRONE_SEMVER", version);
        env.put("DRONE_SEMVER_MAJOR", m.group(1));
        env.put("DRONE_SEMVER_MINOR", m.group(2));
        env.put("DRONE_SEMVER_PATCH", m.group(3));
        env.put("DRONE_SEMVER_SHORT", shortForm);
        if (m.group(4) != null) {
            env.put("DRONE_SEMVER_PRERELEASE", m.group(4));
        }
        if (m.group(5) != null) {
            env.put("DRONE_SEMVER_BUILD", m.group(5));
        }
    }

    /** Adds the CalVer variables when the tag's first segment is a year (19-99 or 2019-9998). */
    static void addCalVer(String tag, Map<String, String> env) {
        String version = withoutV(tag);
        Matcher m = CALVER.matcher(version);
        if (!m.matches() || !isYear(m.group(1))) {
            return;
        }
        String majorMinor = m.group(1) + "." + m.group(2);
        env.put("DRONE_CALVER", version);
        env.put("DRONE_CALVER_MAJOR_MINOR", majorMinor);
        env.put("DRONE_CALVER_MAJOR", m.group(1));
        env.put("DRONE_CALVER_MINOR", m.group(2));
        env.put("DRONE_CALVER_SHORT", m.group(3) == null ? majorMinor : majorMinor + "." + m.group(3));
        if (m.group(3) != null) {
            env.put("DRONE_CALVER_MICRO", m.group(3));
        }
        if (m.group(4) != null) {
            env.put("DRONE_CALVER_MODIFIER", m.group(4));
        }
    }

    private static boolean isYear(String digits) {
        if (digits.length() > 4 || digits.startsWith("0")) {
            return false;
        }
        int year = Integer.parseInt(digits);
        return (year >= 19 && year <= 99) || (year >= 2019 && year <= 9998);
    }

    private static String withoutV(String tag) {
        return tag.startsWith("v") ? tag.substring(1) : tag;
    }
}
