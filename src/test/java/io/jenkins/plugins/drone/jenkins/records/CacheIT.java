package io.jenkins.plugins.drone.jenkins.records;

import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.agent.DockerHostProperty;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.DockerLeftovers;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sf.json.JSONObject;

/**
 * Proves caches and disk I/O on a real Hudson, agent and Docker: the first build of a job misses its cache, fills
 * and saves it; the second build of the same job hits it and its "install" step, which only downloads (sleeps and
 * writes) when the cache is empty, is faster; the build page and api/json show each cache's outcome, key and size;
 * the job page shows each build's disk I/O; the job's caches outlive the builds and carry its scope.
 */
public class CacheIT extends DockerAgentCase {

    private static final String PIPELINE = """
            kind: pipeline
            name: default
            steps:
            - name: install
              image: drone-pipeline/busybox:test
              volumes:
              - name: gems
                path: /gems
              commands:
              - if [ -f /gems/done ]; then echo cached; exit 0; fi
              - sleep 4
              - head -c 2097152 /dev/urandom > /gems/gem.tar
              - touch /gems/done
              - sync
            volumes:
            - name: gems
              cache:
                key: gems
                files: [Gemfile.lock]
                fallback: gems-
            """;

    private String scope;

    @Override
    protected void tearDown() throws Exception {
        if (scope != null) {
            DockerLeftovers.removeCaches(scope);
        }
        super.tearDown();
    }

    public void testTheSecondBuildHitsTheCacheAndTheJobPageShowsDiskIo() throws Exception {
        agent.getNodeProperties().add(new DockerHostProperty("", "", "drone-pipeline/busybox:test", "", ""));
        DronePipelineJob job = Jobs.create("cached-" + System.nanoTime(), GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", PIPELINE, "Gemfile.lock", "rake (13.0.6)\n")).url(), "main");
        scope = job.effectiveCacheScope();

        DronePipelineBuild first = job.scheduleBuild2(0).get(180, TimeUnit.SECONDS);
        assertEquals(first.getLog(), Result.SUCCESS, first.getResult());
        CacheRecord miss = first.pipeline("default").getCaches().get(0);
        assertEquals(List.of("gems", "miss", true), List.of(miss.getVolume(), miss.getOutcome(), miss.isSaved()));
        assertTrue(miss.getKey(), miss.getKey().matches("gems-[0-9a-f]{16}"));
        assertTrue("size " + miss.getSizeBytes(), miss.getSizeBytes() >= 2 << 20);

        DronePipelineBuild second = job.scheduleBuild2(0).get(180, TimeUnit.SECONDS);
        assertEquals(second.getLog(), Result.SUCCESS, second.getResult());
        PipelineRecord pipeline = second.pipeline("default");
        CacheRecord hit = pipeline.getCaches().get(0);
        assertEquals(List.of("hit", miss.getKey()), List.of(hit.getOutcome(), hit.getKey()));
        long before = first.pipeline("default").step("install").getDurationMillis();
        long after = pipeline.step("install").getDurationMillis();
        assertTrue("install took " + after + " ms with the cache, " + before + " ms without", after + 3000 < before);

        String summary = createWebClient().goTo(second.getUrl()).asXml();
        assertTrue(summary, summary.contains("cache gems: hit · " + hit.getKey()));
        JSONObject json = JSONObject.fromObject(createWebClient().goTo(second.getUrl() + "api/json?depth=3",
                "application/javascript").getWebResponse().getContentAsString());
        JSONObject cache = cacheOf(json);
        assertNotNull(json.toString(), cache);
        assertEquals("hit", cache.getString("outcome"));
        assertEquals(hit.getSizeBytes(), cache.getLong("sizeBytes"));

        assertEquals(List.of(hit.getKey()), List.copyOf(DockerLeftovers.caches(scope).values()));

        assertTrue("written " + first.pipeline("default").getBlockWriteBytes(),
                first.pipeline("default").getBlockWriteBytes() >= 0);
        String jobPage = createWebClient().goTo(job.getUrl()).asXml();
        assertTrue(jobPage, jobPage.contains("Disk written"));
        assertTrue(jobPage, jobPage.replaceAll("\\s+", " ").contains("default / install: "));
    }

    private static JSONObject cacheOf(JSONObject build) {
        for (Object action : build.getJSONArray("actions")) {
            JSONObject a = (JSONObject) action;
            if (a.has("pipelines")) {
                return a.getJSONArray("pipelines").getJSONObject(0).getJSONArray("caches").getJSONObject(0);
            }
        }
        return null;
    }
}
