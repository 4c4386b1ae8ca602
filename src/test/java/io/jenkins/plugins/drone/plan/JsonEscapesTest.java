package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proves the plan's two JSON forms escape strings as they always have: pretty (plain) and compact (Go HTML-safe). */
class JsonEscapesTest {

    private static final String AWKWARD = "q\" b\\ \n\r\t \b\f\u0001\u001f <a&b> \u2028 ü";

    @Test
    void prettyJsonEscapesControlsInLowerCaseAndLeavesHtmlAlone() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", AWKWARD);
        value.put("empty", Map.of());
        value.put("none", List.of());
        value.put("list", List.of(1, true));
        assertEquals("{\n  \"text\": \"q\\\" b\\\\ \\n\\r\\t \\u0008\\u000c\\u0001\\u001f <a&b> \u2028 ü\",\n"
                + "  \"empty\": {},\n  \"none\": [],\n  \"list\": [\n    1,\n    true\n  ]\n}\n", PrettyJson.write(value));
    }

    @Test
    void goJsonIsHtmlSafe() {
        assertEquals("\"q\\\" b\\\\ \\n\\r\\t \\u0008\\u000c\\u0001\\u001f \\u003ca\\u0026b\\u003e \\u2028 ü\"",
                GoJson.write(new YamlValue.Scalar(AWKWARD, AWKWARD, true, Yaml.AT)));
    }
}
