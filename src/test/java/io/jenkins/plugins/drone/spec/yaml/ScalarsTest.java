package io.jenkins.plugins.drone.spec.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Proves plain scalars resolve as gopkg.in/yaml.v2 does (docs/drone-semantics.md#yaml-dialect): y/n booleans, Go
// base-0 integers (octal, hex, binary, underscores), Go-style floats and infinities, timestamps kept as text; and
// that quoted scalars and explicit `!!str` stay strings while the source text is always kept.
class ScalarsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "y|Boolean|true", "Y|Boolean|true", "yes|Boolean|true", "ON|Boolean|true", "True|Boolean|true",
        "n|Boolean|false", "N|Boolean|false", "off|Boolean|false", "NO|Boolean|false", "FALSE|Boolean|false",
        "0755|Long|493", "0x1F|Long|31", "0b101|Long|5", "0o17|Long|15", "+12|Long|12", "-7|Long|-7", "1_000|Long|1000",
        "0|Long|0", "9223372036854775807|Long|9223372036854775807",
        "18446744073709551615|BigInteger|18446744073709551615",
        "1.10|Double|1.1", "1e6|Double|1000000.0", ".5|Double|0.5", "08|Double|8.0", "-9223372036854775809|Double|-9.223372036854776E18",
        "2021-03-04|String|2021-03-04", "2001-12-14t21:59:43.10-05:00|String|2001-12-14t21:59:43.10-05:00",
        "1.2.3|String|1.2.3", "yEs|String|yEs", "0x|String|0x", "1e|String|1e", "v1|String|v1"})
    void resolvesLikeYamlV2(String text, String type, String value) {
        Object resolved = Scalars.resolve(text);
        assertEquals(type, resolved.getClass().getSimpleName(), text);
        assertEquals(value, resolved.toString());
    }

    @Test
    void nullsAndSpecialFloats() {
        for (String n : new String[] {"", "~", "null", "Null", "NULL"}) {
            assertEquals(null, Scalars.resolve(n), n);
        }
        assertEquals(Double.POSITIVE_INFINITY, Scalars.resolve(".inf"));
        assertEquals(Double.NEGATIVE_INFINITY, Scalars.resolve("-.Inf"));
        assertEquals(Double.NaN, Scalars.resolve(".NaN"));
        assertEquals(new BigInteger("9223372036854775808"), Scalars.resolve("9223372036854775808"));
    }

    @Test
    void quotedScalarsStayTextAndSourceTextIsKept() {
        Step step = ManifestParser.parse("f", "kind: pipeline\nsteps:\n- name: a\n  image: x\n  settings:\n"
                + "    a: \"1.10\"\n    b: '0755'\n    c: 2021-03-04\n    d: 0755\n    e: !!str 123\n    f: y\n").manifest().pipelines().get(0).steps().get(0);
        assertEquals("1.10", ((YamlValue.Scalar) step.settings().get("a")).resolved());
        assertEquals("0755", ((YamlValue.Scalar) step.settings().get("b")).resolved());
        assertEquals("2021-03-04", ((YamlValue.Scalar) step.settings().get("c")).resolved());
        YamlValue.Scalar d = (YamlValue.Scalar) step.settings().get("d");
        assertEquals(493L, d.resolved());
        assertEquals("0755", d.text());
        assertEquals("123", ((YamlValue.Scalar) step.settings().get("e")).resolved());
        assertEquals(Boolean.TRUE, ((YamlValue.Scalar) step.settings().get("f")).resolved());
    }
}
