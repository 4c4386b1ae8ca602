package io.jenkins.plugins.drone.plan;

import static io.jenkins.plugins.drone.plan.Yaml.list;
import static io.jenkins.plugins.drone.plan.Yaml.map;
import static io.jenkins.plugins.drone.plan.Yaml.scalar;
import static io.jenkins.plugins.drone.plan.Yaml.secret;
import static io.jenkins.plugins.drone.plan.Yaml.str;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.spec.YamlValue;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

// Proves the settings -> PLUGIN_* encoding table of docs/drone-semantics.md#settings-encoding, case by case.
class SettingsEncoderTest {

    @Test
    void scalarsUseTheirResolvedYaml11Value() {
        assertEquals("acme/x", SettingsEncoder.encode(str("acme/x")));
        assertEquals("1.10", SettingsEncoder.encode(new YamlValue.Scalar("1.10", "1.10", true, Yaml.AT)));
        assertEquals("1.1", SettingsEncoder.encode(scalar("1.10", 1.1)));
        assertEquals("true", SettingsEncoder.encode(scalar("yes", true)));
        assertEquals("false", SettingsEncoder.encode(scalar("n", false)));
        assertEquals("493", SettingsEncoder.encode(scalar("0755", 493L)));
        assertEquals("1e+06", SettingsEncoder.encode(scalar("1e6", 1e6)));
        assertEquals("2021-03-04", SettingsEncoder.encode(str("2021-03-04")));
        assertEquals("18446744073709551616",
                SettingsEncoder.encode(scalar("18446744073709551616", new BigInteger("18446744073709551616"))));
    }

    @Test
    void listsOfScalarsAreJoinedWithCommasAfterTheirYamlRoundTrip() {
        assertEquals("a,b", SettingsEncoder.encode(list(str("a"), str("b"))));
        assertEquals("1,1,2.0,true",
                SettingsEncoder.encode(list(scalar("1", 1L), scalar("1.0", 1.0), str("2.0"), scalar("true", true))));
        assertEquals("a,", SettingsEncoder.encode(list(str("a"), scalar("~", null))));
        assertEquals("x,y,.inf", SettingsEncoder.encode(list(str("x,y"), scalar(".inf", Double.POSITIVE_INFINITY))));
        assertEquals("", SettingsEncoder.encode(list()));
    }

    @Test
    void nestedValuesBecomeCompactGoJson() {
        assertEquals("[{\"host\":\"web-1\",\"port\":22}]",
                SettingsEncoder.encode(list(map("host", str("web-1"), "port", scalar("22", 22L)))));
        assertEquals("{\"critical\":true,\"team\":\"payments\"}",
                SettingsEncoder.encode(map("team", str("payments"), "critical", scalar("true", true))));
        assertEquals("{\"false\":\"y\",\"true\":\"x\"}",
                SettingsEncoder.encode(map(scalar("on", true), str("x"), scalar("n", false), str("y"))));
        assertEquals("{\"a\":1000000,\"b\":0.00001,\"c\":null,\"d\":[1.5,\"\\u003cb\\u003e \\u0026\"]}",
                SettingsEncoder.encode(map("d", list(scalar("1.5", 1.5), str("<b> &")), "c", scalar("", null),
                        "b", scalar("0.00001", 0.00001), "a", scalar("1e6", 1e6))));
        assertEquals("{}", SettingsEncoder.encode(map()));
        assertEquals("{\"q\":\"say \\\"hi\\\"\\n\"}", SettingsEncoder.encode(map("q", str("say \"hi\"\n"))));
    }

    @Test
    void namesAreUpperCasedOnlyAndNullsSkippedAndSecretsSeparated() {
        Map<String, YamlValue> settings = new LinkedHashMap<>();
        settings.put("dry-run", scalar("true", true));
        settings.put("a.b", str("x"));
        settings.put("Release-Name", str("r"));
        settings.put("empty", scalar("", null));
        settings.put("password", secret("docker_password"));
        Map<String, String> plain = new TreeMap<>();
        Map<String, String> secrets = new TreeMap<>();
        SettingsEncoder.encode(settings, plain, secrets);
        assertEquals(Map.of("PLUGIN_DRY-RUN", "true", "PLUGIN_A.B", "x", "PLUGIN_RELEASE-NAME", "r"), plain);
        assertEquals(Map.of("PLUGIN_PASSWORD", "docker_password"), secrets);
    }
}
