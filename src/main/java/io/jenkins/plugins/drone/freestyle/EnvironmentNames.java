package io.jenkins.plugins.drone.freestyle;

import java.util.regex.Pattern;

/** Which variable names can go into a Drone {@code environment:} map and mean the same in the shell. */
final class EnvironmentNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private EnvironmentNames() {}

    static boolean isValid(String name) {
        return NAME.matcher(name).matches();
    }
}
