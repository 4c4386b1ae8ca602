package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.BUSYBOX;
import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.engine.docker.DockerJanitor;
import io.jenkins.plugins.drone.plan.PipelinePlan.CacheSpec;
import io.jenkins.plugins.drone.plan.PipelinePlan.VolumeSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves cache volumes on real Docker: a miss is saved after a successful run and the next run hits it; a failed
 * run saves nothing; a new key restores the newest cache of its fallback prefix; the key follows the checksum of
 * its files; scopes never share; least recently saved caches go first above the size limit; the janitor's sweep of
 * run leftovers keeps caches, its eviction removes them above the limit and removes caches no run saved; the
 * agent's volume driver and options make the cache volumes (here: a tmpfs).
 */
class CacheTest {

    private final String scope = "cache-test-" + RunSpec.newRunId().substring(0, 8);
    /** The janitor scope of this test's runs: its sweeps leave other runs on the same Docker alone. */
    private final Map<String, String> runScope = Map.of("io.jenkins.drone.test", scope);

    @TempDir
    Path workspace;

    @AfterEach
    void removeCaches() {
        for (String s : List.of(scope, scope + "-other")) {
            var volumes = DockerSupport.DOCKER.listVolumesCmd().withFilter("label", List.of(Labels.CACHE_SCOPE + "=" + s))
                    .exec().getVolumes();
            if (volumes != null) {
                volumes.forEach(v -> {
                    DockerSupport.DOCKER.removeContainerCmd(v.getName() + "-meta").withForce(true).exec();
                    DockerSupport.DOCKER.removeVolumeCmd(v.getName()).exec();
                });
            }
        }
    }

    @Test
    void missIsSavedOnSuccessAndTheNextRunHits() {
        PipelineEvent.CacheUsed first = run(scope, cache("deps", "deps-"), "fill").cache();
        assertEquals(List.of("miss", "deps", true), List.of(first.outcome(), first.key(), first.saved()));
        assertTrue(first.sizeBytes() >= 64 * 1024, () -> "size " + first.sizeBytes());

        Run second = run(scope, cache("deps", "deps-"), "fill");
        assertEquals("hit", second.cache().outcome());
        assertTrue(second.events.lines("use").contains("restored"), () -> second.events.lines("use").toString());
    }

    @Test
    void failedRunSavesNothing() {
        Run failed = run(scope, cache("deps", ""), "fill", "exit 1");
        assertEquals(StepStatus.FAILURE, failed.result.status());
        assertEquals(List.of("miss", false, -1L), List.of(failed.cache().outcome(), failed.cache().saved(),
                failed.cache().sizeBytes()));
        assertEquals("miss", run(scope, cache("deps", ""), "fill").cache().outcome());
    }

    @Test
    void newKeyRestoresTheNewestFallback() {
        run(scope, cache("deps-a", ""), "fill");
        Run b = run(scope, cache("deps-b", "deps-"), "echo b > /cache/b");
        assertEquals(List.of("fallback", "deps-a"), List.of(b.cache().outcome(), b.cache().restoredFrom()));
        Run c = run(scope, cache("deps-c", "deps-"), "ls /cache");
        assertEquals("deps-b", c.cache().restoredFrom());
        assertTrue(c.events.lines("use").containsAll(List.of("b", "restored")), () -> c.events.lines("use").toString());
    }

    @Test
    void keyFollowsTheChecksumOfItsFiles() throws Exception {
        CacheSpec spec = new CacheSpec("gems", List.of("Gemfile.lock"), "");
        Files.writeString(workspace.resolve("Gemfile.lock"), "rake 13\n");
        String one = CacheKeys.resolve(spec, workspace);
        assertTrue(one.matches("gems-[0-9a-f]{16}"), one);
        assertEquals(one, run(scope, spec, "fill").cache().key());
        assertEquals("hit", run(scope, spec, "fill").cache().outcome());

        Files.writeString(workspace.resolve("Gemfile.lock"), "rake 14\n");
        Run changed = run(scope, spec, "fill");
        assertNotEquals(one, changed.cache().key());
        assertEquals("miss", changed.cache().outcome());
    }

    @Test
    void scopesNeverShare() {
        run(scope, cache("deps", "deps"), "fill");
        assertEquals("miss", run(scope + "-other", cache("deps", "deps"), "fill").cache().outcome());
    }

    @Test
    void leastRecentlySavedGoFirstAboveTheLimit() {
        StorageSettings storage = storage(scope).withLimit(300 * 1024);
        run(storage, cache("a", ""), "fill");
        run(storage, cache("b", ""), "fill");
        run(storage, cache("a", ""), "fill");
        run(storage, cache("c", ""), "fill");

        assertEquals(Set.of("a", "c"), keys(scope));
    }

    @Test
    void janitorSweepKeepsCachesAndEvictsAboveTheLimit() {
        run(scope, cache("a", ""), "fill");
        run(scope, cache("b", ""), "fill");
        new DockerJanitor(DockerSupport.DOCKER, runScope).sweep(Set.of(), Long.MAX_VALUE);
        assertEquals(Set.of("a", "b"), keys(scope));

        new DockerJanitor(DockerSupport.DOCKER, Map.of()).evictCaches(keysTotal() - 1);
        assertEquals(Set.of("b"), keys(scope));
    }

    @Test
    void janitorRemovesCachesWhoseRunDiedBeforeSavingThem() {
        run(scope, cache("saved", ""), "fill");
        DockerSupport.DOCKER.createVolumeCmd().withName("drone-cache-" + scope + "-orphan")
                .withLabels(Map.of(Labels.CACHE_SCOPE, scope, Labels.CACHE_KEY, "orphan")).exec();
        assertEquals(Set.of("saved", "orphan"), keys(scope));

        new DockerJanitor(DockerSupport.DOCKER, Map.of()).evictCaches(0);
        assertEquals(Set.of("saved"), keys(scope));
    }

    @Test
    void cacheVolumesUseTheAgentsVolumeDriver() {
        StorageSettings inMemory = new StorageSettings(scope, 0, BUSYBOX, "local",
                Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=64m"));
        Run run = run(inMemory, cache("ram", ""), "grep -E ' /cache ' /proc/mounts | cut -d' ' -f3");
        assertEquals(StepStatus.SUCCESS, run.result.status(), () -> run.events.events.toString());
        assertTrue(run.events.lines("use").contains("tmpfs"), () -> run.events.lines("use").toString());
        var volume = DockerSupport.DOCKER.inspectVolumeCmd(
                DockerSupport.DOCKER.listVolumesCmd().withFilter("label", List.of(Labels.CACHE_KEY + "=ram")).exec()
                        .getVolumes().get(0).getName()).exec();
        assertEquals(Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=64m"), volume.getOptions());
    }

    private static CacheSpec cache(String key, String fallback) {
        return new CacheSpec(key, List.of(), fallback);
    }

    private StorageSettings storage(String s) {
        return new StorageSettings(s, 0, BUSYBOX, "", Map.of());
    }

    private Run run(String s, CacheSpec cache, String... commands) {
        return run(storage(s), cache, commands);
    }

    /** Runs one step on the cache mounted at /cache; "fill" writes 100 KB when it is empty and says what it found. */
    private Run run(StorageSettings storage, CacheSpec cache, String... commands) {
        List<String> script = List.of(commands).stream().map(c -> c.equals("fill")
                ? "if [ -f /cache/data ]; then echo restored; else head -c 102400 /dev/urandom > /cache/data; fi" : c)
                .toList();
        List<String> all = new java.util.ArrayList<>(List.of("[ -f /cache/data ] && echo restored || true"));
        all.addAll(script);
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(RunRequest.builder(pipeline(
                        List.of(new VolumeSpec("deps", null, false, null, 0, cache)),
                        step("use", all.toArray(String[]::new)).mount("deps", "/cache")))
                .hostWorkspace(workspace).storage(storage).label("io.jenkins.drone.test", scope), events);
        return new Run(result, events);
    }

    private Set<String> keys(String s) {
        var volumes = DockerSupport.DOCKER.listVolumesCmd().withFilter("label", List.of(Labels.CACHE_SCOPE + "=" + s))
                .exec().getVolumes();
        return volumes == null ? Set.of() : volumes.stream().map(v -> v.getLabels().get(Labels.CACHE_KEY))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The total size of every saved cache on this Docker engine, as their records say. */
    private static long keysTotal() {
        return DockerSupport.DOCKER.listContainersCmd().withShowAll(true).withLabelFilter(List.of(Labels.CACHE_SIZE))
                .exec().stream().mapToLong(c -> Long.parseLong(c.getLabels().get(Labels.CACHE_SIZE))).sum();
    }

    private record Run(PipelineResult result, RecordingListener events) {
        PipelineEvent.CacheUsed cache() {
            return events.events.stream().filter(e -> e instanceof PipelineEvent.CacheUsed)
                    .map(e -> (PipelineEvent.CacheUsed) e).findFirst().orElseThrow(() -> new AssertionError(events.events));
        }
    }
}
