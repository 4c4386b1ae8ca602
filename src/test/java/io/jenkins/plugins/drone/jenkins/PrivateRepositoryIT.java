package io.jenkins.plugins.drone.jenkins;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.gitservers.HttpGitServer;
import io.jenkins.plugins.drone.gitservers.SshGitServer;
import io.jenkins.plugins.drone.gitservers.TestKey;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.jenkins.triggers.RepositoryPollTrigger;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Proves builds of private repositories end to end, against real servers started on loopback (OpenSSH's sshd
 * with key-only login, Apache's git-http-backend behind basic auth) and a real agent: the controller reads the
 * pipeline file and the agent clones with the job's SSH key or a global HTTPS token (with "accept on first use"
 * the controller learns the host key and the agent clones trusting only it); the steps get no
 * credential unless the job opts in; polling builds new commits; wrong tokens, wrong keys, unknown host keys and
 * unknown credential ids fail the build before anything runs, naming the URL, the credential and the server's
 * answer; and no password, token or key is in the console, step logs, build.xml, config.xml, api/json, the
 * system configuration page or any file of the Hudson home.
 */
public class PrivateRepositoryIT extends DockerAgentCase {

    private static final String TOKEN = "tok-8d41e2b09c7a";
    private static final String PIPELINE = """
            kind: pipeline
            name: default
            steps:
            - name: check
              image: drone-pipeline/busybox:test
              commands:
              - cat README
              - cat "$HOME/.netrc" 2>/dev/null || echo "no netrc"
            """;

    private TestKey key;
    private SshGitServer ssh;
    private HttpGitServer http;
    private String sshUrl;
    private String httpUrl;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        key = TestKey.generate("ed25519", TestKey.Format.OPENSSH, ""); // ssh-keygen's default type
        ssh = SshGitServer.start(List.of(key));
        sshUrl = ssh.repository("app.git");
        ssh.commit("app.git", Map.of(".drone.yml", PIPELINE, "README", "private over ssh"));
        http = HttpGitServer.start("ci", TOKEN);
        httpUrl = http.repository("app.git");
        http.commit("app.git", Map.of(".drone.yml", PIPELINE, "README", "private over https"));
    }

    @Override
    protected void tearDown() throws Exception {
        try {
            super.tearDown();
        } finally {
            ssh.close();
            http.close();
        }
    }

    private DronePipelineJob sshJob(String name, TestKey with, String knownHosts) throws Exception {
        DronePipelineJob job = Jobs.createFromXml(name,
                Jobs.privateExampleConfig(sshUrl, "main", "", "", with.privateKey(), knownHosts));
        job.save();
        return job;
    }

    private DronePipelineJob httpJob(String name, String username, String password) throws Exception {
        DronePipelineJob job = Jobs.createFromXml(name,
                Jobs.privateExampleConfig(httpUrl, "main", username, password, "", ""));
        job.save();
        return job;
    }

    private static DronePipelineBuild build(DronePipelineJob job) throws Exception {
        return job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
    }

    /** Asserts that none of {@code values} shows in the build's console, step logs, build.xml, job config or api. */
    private void assertNowhere(DronePipelineBuild build, List<String> values) throws Exception {
        Map<String, String> places = new LinkedHashMap<>();
        places.put("console", build.getLog());
        places.put("build.xml", Files.readString(new File(build.getRootDir(), "build.xml").toPath()));
        places.put("config.xml", Files.readString(new File(build.getParent().getRootDir(), "config.xml").toPath()));
        places.put("api/json", createWebClient().goTo(build.getUrl() + "api/json?depth=3", "application/javascript")
                .getWebResponse().getContentAsString());
        File drone = new File(build.getRootDir(), "drone");
        if (drone.isDirectory()) {
            try (var files = Files.walk(drone.toPath())) {
                for (var file : files.filter(Files::isRegularFile).toList()) {
                    // byte for byte: step logs are text, their .times files are not
                    places.put(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                }
            }
        }
        for (Map.Entry<String, String> place : places.entrySet()) {
            for (String value : values) {
                assertFalse(place.getKey() + " shows a credential: " + place.getValue(),
                        place.getValue().contains(value));
            }
        }
    }

    /** Asserts that no file under the Hudson home (configs, builds, logs, caches) holds any of {@code values}. */
    private static void assertHomeHoldsNone(List<String> values) throws Exception {
        try (var files = Files.walk(Hudson.getInstance().getRootDir().toPath())) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String value : values) {
                    assertFalse(file + " holds a credential in clear text", content.contains(value));
                }
            }
        }
    }

    /** The lines of a private key long enough to be recognised (its base64 body). */
    private static List<String> keyLines(TestKey key) {
        return key.privateKey().lines().filter(l -> !l.startsWith("-----")).toList();
    }

    public void testSshKeyOfTheJobReadsAndClonesOnTheAgentButReachesNoStep() throws Exception {
        DronePipelineJob job = sshJob("ssh-app", key, ssh.knownHostsLine());
        DronePipelineBuild build = build(job);
        String console = build.getLog();
        assertEquals(console + ssh.log(), Result.SUCCESS, build.getResult());
        assertEquals("the clone ran on the agent", agent.getNodeName(), build.pipeline("default").getNode());
        assertEquals("success", build.pipeline("default").step("clone").getStatus());
        assertTrue(console, console.contains("private over ssh"));
        assertTrue(console, console.contains("no netrc"));
        assertNowhere(build, keyLines(key));
        assertHomeHoldsNone(keyLines(key));
    }

    public void testGlobalHttpsTokenChosenByIdClonesAndMayBeGivenToTheSteps() throws Exception {
        File settings = new File(Hudson.getInstance().getRootDir(), DroneSettings.class.getName() + ".xml");
        Files.writeString(settings.toPath(), """
                <?xml version='1.0' encoding='UTF-8'?>
                <io.jenkins.plugins.drone.jenkins.config.DroneSettings>
                  <gitCredentials>
                    <io.jenkins.plugins.drone.jenkins.secrets.GitCredential>
                      <id>ci-token</id>
                      <username>ci</username>
                      <password>%s</password>
                    </io.jenkins.plugins.drone.jenkins.secrets.GitCredential>
                  </gitCredentials>
                </io.jenkins.plugins.drone.jenkins.config.DroneSettings>
                """.formatted(TOKEN));
        DroneSettings.get().load();
        submit(createWebClient().goTo("configure").getFormByName("config"));
        assertFalse("the system configuration saves the token encrypted",
                Files.readString(settings.toPath()).contains(TOKEN));
        assertEquals("the form kept the token", TOKEN,
                DroneSettings.get().gitCredential("ci-token").getPassword().getPlainText());

        DronePipelineJob job = Jobs.createFromXml("https-app", Jobs.privateExampleConfig(httpUrl, "main", "", "", "",
                "").replace("<credentialsId></credentialsId>", "<credentialsId>ci-token</credentialsId>"));
        DronePipelineBuild cloneOnly = build(job);
        assertEquals(cloneOnly.getLog() + http.log(), Result.SUCCESS, cloneOnly.getResult());
        assertTrue(cloneOnly.getLog(), cloneOnly.getLog().contains("private over https"));
        assertTrue(cloneOnly.getLog(), cloneOnly.getLog().contains("no netrc"));

        Jobs.createFromXml("https-steps", Files.readString(new File(job.getRootDir(), "config.xml").toPath())
                .replace("<netrcForSteps>false</netrcForSteps>", "<netrcForSteps>true</netrcForSteps>"));
        DronePipelineBuild withSteps = build((DronePipelineJob) Hudson.getInstance().getItem("https-steps"));
        String console = withSteps.getLog();
        assertEquals(console, Result.SUCCESS, withSteps.getResult());
        assertTrue(console, console.contains("login ci"));
        assertTrue("the steps' token is masked: " + console, console.contains("password ******"));
        assertNowhere(cloneOnly, List.of(TOKEN));
        assertNowhere(withSteps, List.of(TOKEN));
        assertFalse("the system configuration page shows the token", createWebClient().goTo("configure")
                .getWebResponse().getContentAsString().contains(TOKEN));
        assertHomeHoldsNone(List.of(TOKEN));
    }

    public void testWrongTokenFailsBeforeAnythingRunsWithTheServersAnswer() throws Exception {
        DronePipelineBuild build = build(httpJob("wrong-token", "ci", "not-the-token-123"));
        String console = build.getLog();
        assertEquals(console, Result.FAILURE, build.getResult());
        assertTrue(console, console.contains("cannot fetch refs/heads/main from " + httpUrl
                + " with credential private-repository: "));
        assertTrue(console, console.contains("not authorized"));
        assertNull("nothing was planned or run", build.pipeline("default"));
        assertNowhere(build, List.of("not-the-token-123"));
    }

    public void testWrongKeyAndUnknownHostKeyFailBeforeAnythingRuns() throws Exception {
        TestKey stranger = TestKey.generate(TestKey.Format.PEM, "");
        DronePipelineBuild wrongKey = build(sshJob("wrong-key", stranger, ssh.knownHostsLine()));
        assertEquals(wrongKey.getLog(), Result.FAILURE, wrongKey.getResult());
        assertTrue(wrongKey.getLog(), wrongKey.getLog().contains("cannot fetch refs/heads/main from " + sshUrl
                + " with credential private-repository: "));
        assertTrue(wrongKey.getLog(), wrongKey.getLog().contains("log in"));
        assertNowhere(wrongKey, keyLines(stranger));

        DronePipelineBuild unknownHost = build(sshJob("unknown-host", key, ""));
        assertEquals(unknownHost.getLog(), Result.FAILURE, unknownHost.getResult());
        assertTrue(unknownHost.getLog(), unknownHost.getLog().contains(
                "the server's host key matches no known_hosts line of the credential"));
        assertNull(unknownHost.pipeline("default"));
    }

    public void testAcceptOnFirstUseLearnsTheHostKeyOnTheControllerAndTheAgentClonesWithIt() throws Exception {
        DronePipelineJob job = Jobs.createFromXml("first-use", Jobs.privateExampleConfig(sshUrl, "main", "", "",
                key.privateKey(), "").replace("<acceptNewHostKeys>false</acceptNewHostKeys>",
                "<acceptNewHostKeys>true</acceptNewHostKeys>"));
        DronePipelineBuild build = build(job);
        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        assertEquals("success", build.pipeline("default").step("clone").getStatus());
        File learned = new File(Hudson.getInstance().getRootDir(), "cache/drone-pipeline/known_hosts");
        String keys;
        try (var files = Files.list(learned.toPath())) {
            keys = Files.readString(files.findFirst().orElseThrow());
        }
        assertTrue(keys, keys.contains(ssh.knownHostsLine().split(" ")[2]));
    }

    public void testUnknownCredentialIdFailsWithItsName() throws Exception {
        DronePipelineJob job = Jobs.createFromXml("no-such-id", Jobs.privateExampleConfig(httpUrl, "main", "", "", "",
                "").replace("<credentialsId></credentialsId>", "<credentialsId>nope</credentialsId>"));
        DronePipelineBuild build = build(job);
        assertEquals(build.getLog(), Result.FAILURE, build.getResult());
        assertTrue(build.getLog(), build.getLog().contains("There is no git credential with the id \u201cnope\u201d"));
    }

    public void testPollingAPrivateRepositoryBuildsItsNewCommit() throws Exception {
        DronePipelineJob job = httpJob("polled-private", "ci", TOKEN);
        RepositoryPollTrigger trigger = new RepositoryPollTrigger("* * * * *");
        job.addTrigger(trigger);
        trigger.start(job, true);
        trigger.run();
        Builds.await("first build finished", 240, () -> job.getLastBuild() != null && !job.getLastBuild().isBuilding());
        assertEquals(job.getLastBuild().getLog(), Result.SUCCESS, job.getLastBuild().getResult());

        String second = http.commit("app.git", Map.of("README", "second private commit"));
        trigger.run();
        Builds.await("second build finished", 240, () -> job.getLastBuild().getNumber() == 2
                && !job.getLastBuild().isBuilding());
        DronePipelineBuild build = job.getLastBuild();
        assertEquals(second, build.getCommit());
        assertTrue(build.getLog(), build.getLog().contains("second private commit"));
    }

    public void testTheExampleLoadsWithEveryTransportsPlaceholdersAndEmptyOnes() throws Exception {
        DronePipelineJob none = Jobs.createFromXml("example-empty",
                Jobs.privateExampleConfig(httpUrl, "main", "", "", "", ""));
        assertFalse(none.gitAuth().hasKey());
        assertFalse(none.gitAuth().hasPassword());
        DronePipelineJob https = Jobs.createFromXml("example-https",
                Jobs.privateExampleConfig(httpUrl, "main", "ci", TOKEN, "", ""));
        assertEquals(TOKEN, https.gitAuth().password());
        DronePipelineJob sshJob = Jobs.createFromXml("example-ssh",
                Jobs.privateExampleConfig(sshUrl, "main", "", "", key.privateKey(), ssh.knownHostsLine()));
        assertEquals(key.privateKey().strip(), sshJob.gitAuth().privateKey().strip());
        assertEquals(ssh.knownHostsLine(), sshJob.gitAuth().knownHosts());
    }
}
