package io.jenkins.plugins.drone.jenkins;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves a job secret reaches the step that names it with from_secret, and that its value never appears
 * in clear text in the console, the step log, the build's build.xml, the job's config.xml or api/json —
 * neither as is nor base64-encoded.
 */
public class SecretsIT extends HudsonTestCase {

    private static final String VALUE = "s3cr3t-Value-42";

    public void testSecretValueIsUsableButNeverShown() throws Exception {
        createOnlineSlave(Hudson.getInstance().getLabel("docker"));
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", """
                kind: pipeline
                name: default
                clone:
                  disable: true
                steps:
                - name: use-it
                  image: drone-pipeline/busybox:test
                  environment:
                    TOKEN:
                      from_secret: API_TOKEN
                  commands:
                  - echo "token is $TOKEN"
                  - echo -n "$TOKEN" | base64
                  - test "$TOKEN" = "%s" && echo token matches
                """.formatted(VALUE)));
        String xml = Jobs.exampleConfig(repo.url(), "main").replace("</io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>", """
                  <secrets>
                    <io.jenkins.plugins.drone.jenkins.secrets.DroneSecret>
                      <name>api_token</name>
                      <value>%s</value>
                      <pullRequests>false</pullRequests>
                    </io.jenkins.plugins.drone.jenkins.secrets.DroneSecret>
                  </secrets>
                </io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>""".formatted(VALUE));
        DronePipelineJob job = (DronePipelineJob) Hudson.getInstance().createProjectFromXML("secretive",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        job.save();

        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        String console = build.getLog();
        assertEquals(console, Result.SUCCESS, build.getResult());
        assertTrue(console, console.contains("token matches"));
        assertTrue(console, console.contains("token is ******"));

        String encoded = Base64.getEncoder().encodeToString(VALUE.getBytes(StandardCharsets.UTF_8));
        String stepLog = Files.readString(new File(new File(new File(build.getRootDir(), "drone"), "0"),
                build.pipeline("default").step("use-it").getLogFile()).toPath());
        String buildXml = Files.readString(new File(build.getRootDir(), "build.xml").toPath());
        String configXml = Files.readString(new File(job.getRootDir(), "config.xml").toPath());
        String apiJson = createWebClient().goTo(build.getUrl() + "api/json?depth=3", "application/javascript")
                .getWebResponse().getContentAsString();
        for (Map.Entry<String, String> place : Map.of("console", console, "step log", stepLog,
                "build.xml", buildXml, "config.xml", configXml, "api/json", apiJson).entrySet()) {
            assertFalse(place.getKey() + " shows the secret", place.getValue().contains(VALUE));
            assertFalse(place.getKey() + " shows the base64 secret", place.getValue().contains(encoded));
        }
        assertTrue(apiJson, apiJson.contains("\"pipelines\""));
        assertEquals("the step says which secret it masked, by name", java.util.List.of("API_TOKEN"),
                build.pipeline("default").step("use-it").getMaskedSecrets());
    }
}
