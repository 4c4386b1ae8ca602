package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.drone.spec.ManifestParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Proves the Plan JSON keeps the field names and types docs/architecture.md#plan-json promises, is valid JSON, splits
// services from steps (clone is a step), and shows secrets only as <secret:NAME>.
class PlanJsonContractTest {

    private static final List<String> PIPELINE_FIELDS =
            List.of("name", "run", "reason", "outcome", "depends_on", "node", "steps", "services");
    private static final List<String> ENTRY_FIELDS = List.of("name", "number", "image", "run", "reason", "outcome",
            "depends_on", "detach", "commands", "environment");

    @Test
    void everyContractFieldIsPresentWithItsType() throws Exception {
        var parsed = ManifestParser.parse("x.yml", """
                kind: pipeline
                services:
                - name: db
                  image: postgres
                steps:
                - name: test
                  image: alpine
                  commands: [echo hi]
                  environment:
                    TOKEN:
                      from_secret: token_secret
                """);
        Plan plan = Planner.plan(parsed.manifest(), BuildContext.builder().branch("main").build()).plan();
        JsonNode root = new ObjectMapper().readTree(PlanJson.write(plan));
        JsonNode pipeline = root.get("pipelines").get(0);
        PIPELINE_FIELDS.forEach(f -> assertTrue(pipeline.has(f), "pipeline." + f));
        assertTrue(pipeline.get("run").isBoolean());
        assertTrue(pipeline.get("node").isObject());
        List<JsonNode> entries = List.of(pipeline.get("steps").get(0), pipeline.get("steps").get(1),
                pipeline.get("services").get(0));
        for (JsonNode entry : entries) {
            ENTRY_FIELDS.forEach(f -> assertTrue(entry.has(f), entry.get("name") + "." + f));
            assertTrue(entry.get("number").isInt());
            assertTrue(entry.get("detach").isBoolean());
            assertTrue(entry.get("commands").isArray());
        }
        assertEquals(List.of("clone", "test"), List.of(pipeline.get("steps").get(0).get("name").asText(),
                pipeline.get("steps").get(1).get("name").asText()));
        assertEquals("db", pipeline.get("services").get(0).get("name").asText());
        assertTrue(pipeline.get("steps").get(0).get("image").isNull());
        assertEquals("<secret:token_secret>", pipeline.get("steps").get(1).get("environment").get("TOKEN").asText());
        assertEquals(Map.of("TOKEN", "token_secret"), plan.pipelines().get(0).step("test").process().secretEnvironment());
    }
}
