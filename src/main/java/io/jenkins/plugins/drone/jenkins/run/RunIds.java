package io.jenkins.plugins.drone.jenkins.run;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Engine run ids for Jenkins builds: 20 characters derived from the controller, job, build number and
 * pipeline name, so Docker resource names stay short and stay distinct between controllers that share a
 * Docker host and happen to have jobs of the same name.
 */
public final class RunIds {

    private RunIds() {}

    public static String of(String controllerId, String jobFullName, int buildNumber, String pipeline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((controllerId + "#" + jobFullName + "#" + buildNumber + "#" + pipeline).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).toString(36).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
