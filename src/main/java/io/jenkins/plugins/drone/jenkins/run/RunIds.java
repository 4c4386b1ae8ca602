package io.jenkins.plugins.drone.jenkins.run;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Engine run ids for Jenkins builds: 20 characters derived from job, build number and pipeline name,
 * so Docker resource names stay short and a janitor can recompute the ids of builds still running.
 */
public final class RunIds {

    private RunIds() {}

    public static String of(String jobFullName, int buildNumber, String pipeline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((jobFullName + "#" + buildNumber + "#" + pipeline).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).toString(36).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
