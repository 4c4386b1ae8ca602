package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.GoFloat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.YamlValue;
import io.jenkins.plugins.drone.spec.yaml.Scalars;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

// Property checks over many random doubles: Go-style text always reads back to the same number, uses no more
// digits than needed, and a setting written with that text and re-read by the spec's YAML 1.1 resolver encodes
// to the same text again (the YAML round trip Drone does for list items is stable).
class GoFloatPropertyTest {

    @Test
    void formatGIsShortestAndRoundTrips() {
        Random random = new Random(42);
        for (int i = 0; i < 4_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            String text = GoFloat.formatG(value);
            assertEquals(value, Double.parseDouble(text), text);
            assertEquals(value, Double.parseDouble(GoFloat.formatJson(value)), text);
            int digits = new BigDecimal(text).stripTrailingZeros().precision();
            if (digits > 1) {
                String shorter = String.format(java.util.Locale.ROOT, "%." + (digits - 2) + "e", value);
                assertTrue(Double.parseDouble(shorter) != value, text + " is not the shortest form");
            }
        }
    }

    @Test
    void encodedFloatSettingReadsBackToTheSameEncoding() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30) - 12);
            String text = SettingsEncoder.encode(new YamlValue.Scalar("x", value, false, Yaml.AT));
            Object reread = Scalars.resolve(text);
            String again = SettingsEncoder.encode(new YamlValue.Scalar(text, reread, false, Yaml.AT));
            assertEquals(text, again, "value " + value);
        }
    }
}
