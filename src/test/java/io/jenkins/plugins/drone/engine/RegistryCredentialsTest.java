package io.jenkins.plugins.drone.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves config.json credentials are matched to an image's registry host, Docker Hub aliases included. */
class RegistryCredentialsTest {

    @Test
    void firstMatchingHostWins() {
        RegistryCredentials creds = RegistryCredentials.parse(List.of(
                "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"dXNlcjpwYXNz\"}}}",
                "not json",
                "{\"auths\":{\"registry.example.com:5000\":{\"username\":\"u\",\"password\":\"p\"}}}"));

        assertEquals(new RegistryAuth("docker.io", "user", "pass"), creds.forImage("library/redis:7"));
        assertEquals(new RegistryAuth("docker.io", "user", "pass"), creds.forImage("redis"));
        assertEquals(new RegistryAuth("registry.example.com:5000", "u", "p"), creds.forImage("registry.example.com:5000/app:1"));
        assertNull(creds.forImage("ghcr.io/x/y"));
    }
}
