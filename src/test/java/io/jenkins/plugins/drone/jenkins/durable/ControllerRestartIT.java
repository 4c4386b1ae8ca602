package io.jenkins.plugins.drone.jenkins.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerLeftovers;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.HudsonWar;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that a Drone pipeline build survives its controller going down, with the real Hudson 1.395 war stopped
 * by SIGTERM or SIGKILL in the middle of a step and started again on the same home, a real agent and real Docker:
 * the build continues, its step log has every line exactly once, the steps after it run, it ends with the result
 * and step statuses an uninterrupted run has, it does not stay "building", and nothing is left in Docker. A resumed
 * build obeys its stop button, and one that cannot be resumed ends as an error with the reason.
 */
class ControllerRestartIT {

    /** Step 1 prints 30 numbered lines over about 6 s; then a step that fails and one that runs on failure. */
    private static final String FAILING = """
            kind: pipeline
            name: default
            clone:
              disable: true
            steps:
            - name: count
              image: drone-pipeline/busybox:test
              commands:
              - for i in $(seq 1 30); do echo "n=$i"; sleep 0.2; done
            - name: fail
              image: drone-pipeline/busybox:test
              commands:
              - exit 1
            - name: on-failure
              image: drone-pipeline/busybox:test
              commands:
              - echo the build failed
              when:
                status: [failure]
            - name: on-success
              image: drone-pipeline/busybox:test
              commands:
              - echo never
            """;

    /** One step printing a number every 0.2 s for two minutes, longer than any restart, then a second step. */
    private static final String LONG = """
            kind: pipeline
            name: default
            clone:
              disable: true
            steps:
            - name: count
              image: drone-pipeline/busybox:test
              commands:
              - for i in $(seq 1 600); do echo "n=$i"; sleep 0.2; done
            - name: two
              image: drone-pipeline/busybox:test
              commands:
              - echo second step ran
            """;

    @TempDir
    File dir;

    @Test
    void sigtermMidStepThenRestartFinishesTheBuildWithEveryLineOnce() throws Exception {
        try (HudsonWar hudson = hudsonWithJob("restart-term", LostAgentIT.COUNTER)) {
            hudson.start();
            startAndAwaitCounting(hudson, "restart-term");
            assertEquals("pending", stepStatus(hudson, "restart-term", "two"), "step 2 has not started when killed");

            hudson.terminate();
            assertFalse(DockerLeftovers.labelled("io.jenkins.drone.job", "restart-term").isEmpty(),
                    "the step's container outlives the controller");
            hudson.start();

            JSONObject build = awaitEnded(hudson, "restart-term");
            assertEquals("SUCCESS", build.getString("result"), console(hudson, "restart-term"));
            assertEquals(List.of("success", "success", "success"), statuses(build, "count", "two", "three"));
            assertEquals(numbers(30), hudson.get("job/restart-term/1/drone/log?pipeline=default&step=count"));
            assertTrue(console(hudson, "restart-term").contains("third step ran"));
            Builds.await("nothing of the run left in Docker", 60, () -> nothingLeft("restart-term"));
        }
    }

    @Test
    void sigkillMidStepThenRestartEndsWithTheStatusesOfAnUninterruptedRun() throws Exception {
        try (HudsonWar hudson = hudsonWithJob("restart-kill", FAILING)) {
            hudson.start();
            hudson.post("job/restart-kill/buildWithParameters?delay=0sec");
            JSONObject uninterrupted = awaitEnded(hudson, "restart-kill");
            startAndAwaitCounting(hudson, "restart-kill");

            hudson.kill();
            hudson.start();

            JSONObject build = awaitEnded(hudson, "restart-kill");
            assertEquals("FAILURE", uninterrupted.getString("result"));
            assertEquals("FAILURE", build.getString("result"), console(hudson, "restart-kill"));
            String[] steps = {"count", "fail", "on-failure", "on-success"};
            assertEquals(List.of("success", "failure", "success", "skipped"), statuses(uninterrupted, steps));
            assertEquals(statuses(uninterrupted, steps), statuses(build, steps));
            assertEquals(numbers(30), hudson.get("job/restart-kill/2/drone/log?pipeline=default&step=count"));
            Builds.await("nothing of the run left in Docker", 60, () -> nothingLeft("restart-kill"));
        }
    }

    // Proves that the stop button (POST job/x/N/stop) of a build resumed after a SIGKILL aborts it once its step
    // log is followed again: the build ends ABORTED, no step reads running or pending, nothing is left in Docker.
    @Test
    void stopButtonOnAResumedBuildAbortsItAndRemovesItsContainers() throws Exception {
        try (HudsonWar hudson = killedWhileCounting("restart-stop")) {
            int before = lastCount(hudson.get("job/restart-stop/1/drone/log?pipeline=default&step=count"));
            hudson.start();
            Builds.await("the resumed step's log goes on", 120, () -> lastCount(hudson.get(
                    "job/restart-stop/1/drone/log?pipeline=default&step=count")) > before + 5);

            assertTrue(hudson.post("job/restart-stop/1/stop") < 400, "the stop button is accepted");

            JSONObject build = awaitEnded(hudson, "restart-stop");
            assertEquals("ABORTED", build.getString("result"), console(hudson, "restart-stop"));
            assertNoStepOpen(build);
            Builds.await("nothing of the run left in Docker", 60, () -> nothingLeft("restart-stop"));
        }
    }

    // Proves that a build whose stored request (drone/0/request.ser) vanished while the controller was down ends
    // as an error with the reason in its console and on its page, does not stay building, and that the containers
    // of the run it cannot resume are removed.
    @Test
    void aBuildThatCannotBeResumedEndsWithTheReasonAndLeavesNothing() throws Exception {
        try (HudsonWar hudson = killedWhileCounting("restart-lost")) {
            assertTrue(deleteStoredRequests(new File(hudson.home(), "jobs/restart-lost/builds")) > 0);
            hudson.start();

            JSONObject build = awaitEnded(hudson, "restart-lost");
            assertEquals("FAILURE", build.getString("result"), console(hudson, "restart-lost"));
            assertTrue(console(hudson, "restart-lost").contains("cannot resume this build after the controller restarted"),
                    console(hudson, "restart-lost"));
            assertTrue(hudson.get("job/restart-lost/1/").contains("cannot resume this build"), "the reason is on the page");
            assertNoStepOpen(build);
            Builds.await("nothing of the run left in Docker", 60, () -> nothingLeft("restart-lost"));
        }
    }

    // Proves that a build left unfinished but missing from the index of unfinished builds (one started by a version
    // that kept none) is not resumed and yet does not show running: its pipelines end as an error with the reason,
    // it is not building, and the sweep of the reconnected agent removes its containers.
    @Test
    void anUnfinishedBuildMissingFromTheIndexEndsAtLoadAndLeavesNothing() throws Exception {
        try (HudsonWar hudson = killedWhileCounting("restart-forgotten")) {
            assertTrue(new File(hudson.home(), "drone-pipeline/unfinished-builds.txt").delete(), "the index was kept");
            hudson.start();

            JSONObject build = JSONObject.fromObject(hudson.get("job/restart-forgotten/1/api/json?depth=1"));
            assertFalse(build.getBoolean("building"));
            JSONObject pipeline = build.getJSONArray("pipelines").getJSONObject(0);
            assertEquals("error", pipeline.getString("status"), build.toString());
            assertTrue(pipeline.getString("reason").contains("not in the index of unfinished builds"), build.toString());
            assertNoStepOpen(build);
            Builds.await("nothing of the run left in Docker", 60, () -> nothingLeft("restart-forgotten"));
        }
    }

    /** Deletes every stored request under {@code builds}; the number deleted. */
    private static int deleteStoredRequests(File builds) throws Exception {
        try (Stream<Path> files = Files.walk(builds.toPath())) {
            List<Path> found = files.filter(path -> path.endsWith("request.ser")).toList();
            for (Path path : found) {
                Files.deleteIfExists(path);
            }
            return found.size();
        }
    }

    /** The last number {@code n=} of a count step's log, 0 when none. */
    private static int lastCount(String log) {
        Matcher numbers = Pattern.compile("(?m)^n=([0-9]+)$").matcher(log);
        int last = 0;
        while (numbers.find()) {
            last = Integer.parseInt(numbers.group(1));
        }
        return last;
    }

    private HudsonWar hudsonWithJob(String job, String pipeline) throws Exception {
        DockerLeftovers.remove("io.jenkins.drone.job", job);
        HudsonWar hudson = HudsonWar.create(dir);
        String repo = GitFixture.create(new File(dir, job + "-repo"), "main", Map.of(".drone.yml", pipeline)).url();
        hudson.write("jobs/" + job + "/config.xml", Jobs.exampleConfig(repo, "main"));
        return hudson;
    }

    /** A Hudson with {@code job} running {@link #LONG}, killed with SIGKILL once the job's new build counts. */
    private HudsonWar killedWhileCounting(String job) throws Exception {
        HudsonWar hudson = hudsonWithJob(job, LONG);
        try {
            hudson.start();
            startAndAwaitCounting(hudson, job);
            hudson.kill();
            return hudson;
        } catch (Exception | AssertionError e) {
            hudson.close();
            throw e;
        }
    }

    /** Starts a build of {@code job} and waits until its first step has printed a few numbers. */
    private static void startAndAwaitCounting(HudsonWar hudson, String job) throws Exception {
        int number = lastNumber(hudson, job) + 1;
        hudson.post("job/" + job + "/buildWithParameters?delay=0sec");
        Builds.await("n=5 printed", 120, () -> hudson.get("job/" + job + "/" + number
                + "/drone/log?pipeline=default&step=count").contains("n=5\n"));
    }

    private static int lastNumber(HudsonWar hudson, String job) {
        String body = hudson.get("job/" + job + "/api/json");
        JSONObject last = JSONObject.fromObject(body).optJSONObject("lastBuild");
        return last == null || last.isNullObject() ? 0 : last.getInt("number");
    }

    /** Waits until the last build of {@code job} is no longer building and returns its api/json. */
    private static JSONObject awaitEnded(HudsonWar hudson, String job) throws Exception {
        Builds.await("the last build of " + job + " ended", 180, () -> {
            String body = hudson.get("job/" + job + "/lastBuild/api/json?depth=1");
            return body.startsWith("{") && !JSONObject.fromObject(body).getBoolean("building");
        });
        return JSONObject.fromObject(hudson.get("job/" + job + "/lastBuild/api/json?depth=1"));
    }

    private static String stepStatus(HudsonWar hudson, String job, String step) {
        return statuses(JSONObject.fromObject(hudson.get("job/" + job + "/lastBuild/api/json?depth=1")), step).get(0);
    }

    /** Neither step of {@link #LONG} stays running or pending once the build has ended. */
    private static void assertNoStepOpen(JSONObject build) {
        List<String> statuses = statuses(build, "count", "two");
        assertFalse(statuses.stream().anyMatch(s -> s.equals("running") || s.equals("pending")),
                "no step stays running: " + statuses);
    }

    private static List<String> statuses(JSONObject build, String... steps) {
        JSONArray all = build.getJSONArray("pipelines").getJSONObject(0).getJSONArray("steps");
        List<String> found = new ArrayList<>();
        for (String name : steps) {
            for (int i = 0; i < all.size(); i++) {
                if (all.getJSONObject(i).getString("name").equals(name)) {
                    found.add(all.getJSONObject(i).getString("status"));
                }
            }
        }
        return found;
    }

    private static String console(HudsonWar hudson, String job) {
        return hudson.get("job/" + job + "/lastBuild/consoleText");
    }

    private static String numbers(int last) {
        StringBuilder text = new StringBuilder("+ for i in $(seq 1 30); do echo \"n=$i\"; sleep 0.2; done\n");
        for (int i = 1; i <= last; i++) {
            text.append("n=").append(i).append('\n');
        }
        return text.toString();
    }

    private static boolean nothingLeft(String job) {
        try {
            return DockerLeftovers.labelled("io.jenkins.drone.job", job).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }
}
