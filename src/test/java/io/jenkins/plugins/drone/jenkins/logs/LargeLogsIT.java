package io.jenkins.plugins.drone.jenkins.logs;

import com.gargoylesoftware.htmlunit.html.HtmlForm;
import com.sun.management.ThreadMXBean;
import hudson.console.ConsoleNote;
import hudson.console.HyperlinkNote;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.io.File;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Proves on a real build with a real agent and Docker: the log limit set on the system configuration page keeps
 * a step's first and last lines and says what was cut; each line's time is kept and served on demand; a step
 * that prints a serialized console note (a link to {@code javascript:}) shows it as plain text on
 * {@code /console};
 * and ten parallel reads of a large step log cost the controller far less memory than the log's size.
 */
public class LargeLogsIT extends DockerAgentCase {

    private DronePipelineBuild build;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        HtmlForm config = createWebClient().goTo("configure").getFormByName("config");
        config.getInputByName("_.logLimitMegabytes").setValueAttribute("1");
        submit(config);
        assertEquals(1, DroneSettings.get().getLogLimitMegabytes());

        GitFixture repo = GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", oneStep("flood", "seq 1 300000", printNote())));
        DronePipelineJob job = Jobs.create("flood", repo.url(), "main");
        build = job.scheduleBuild2(0).get(5, TimeUnit.MINUTES);
        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
    }

    public void testTheLogKeepsItsBeginningAndEndAndSaysWhatWasCut() throws Exception {
        File log = stepLog();
        String text = Files.readString(log.toPath());
        assertTrue("1 MB and the note about the cut: " + log.length(), log.length() < 1_000_000 + 1_000);
        assertTrue(text, text.contains("\n1\n2\n3\n"));
        assertTrue(text.substring(text.length() - 300) + "\nconsole: " + tail(build.getLog()),
                text.contains("\n299999\n300000\n+ printf"));
        assertFalse("the middle is cut", text.contains("\n150000\n"));
        assertTrue(text, text.contains("[drone-pipeline] this step's log passed 0.5 MB; only its last 0.5 MB"));
        assertTrue(text, text.matches("(?s).*\\[drone-pipeline] [0-9,]+ bytes \\([0-9,]+ lines\\) of this step's log"
                + " were cut here, after line [0-9,]+; its last [0-9,]+ bytes follow\n.*"));
        String console = build.getLog();
        assertFalse("the console gets the same cut lines", console.contains("[default:flood] 150000\n"));
        assertTrue(console.contains("[default:flood] 300000"));
    }

    public void testEachLineHasItsTimeOnDemand() throws Exception {
        String plain = get("drone/log?pipeline=default&step=flood&start=0&end=300");
        String stamped = get("drone/log?pipeline=default&step=flood&start=0&end=300&timestamps=true");
        String[] lines = plain.split("\n", -1);
        String[] timed = stamped.split("\n", -1);
        assertEquals(lines.length, timed.length);
        for (int i = 0; i < lines.length - 1; i++) {
            assertTrue(timed[i], timed[i].matches("\\d\\d:\\d\\d .*"));
            assertEquals(lines[i], timed[i].substring(6));
        }
    }

    public void testAConsoleNoteInStepOutputIsPlainTextOnTheConsolePage() throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", oneStep("note", printNote())));
        DronePipelineBuild noted = Jobs.create("note", repo.url(), "main").scheduleBuild2(0).get(5, TimeUnit.MINUTES);
        String page = createWebClient().goTo(noted.getUrl() + "console").asXml();
        assertFalse(page, page.contains("javascript:alert"));
        assertTrue(page, page.contains("[8mha:"));
        assertTrue(noted.getLog(), noted.getLog().contains("[default:note] [8mha:"));
    }

    /** A pipeline of one busybox step {@code name} running {@code commands}. */
    private static String oneStep(String name, String... commands) {
        StringBuilder yaml = new StringBuilder("kind: pipeline\nsteps:\n- name: " + name
                + "\n  image: drone-pipeline/busybox:test\n  commands:\n");
        for (String command : commands) {
            yaml.append("  - ").append(command).append('\n');
        }
        return yaml.toString();
    }

    /**
     * A command printing a serialized console note (a link to {@code javascript:}) between the preamble and postamble
     * escapes, the way a step's output could carry one.
     */
    private static String printNote() throws Exception {
        String note = new HyperlinkNote("javascript:alert(1)", 5).encode();
        String body = note.substring(ConsoleNote.PREAMBLE_STR.length(), note.indexOf(ConsoleNote.POSTAMBLE_STR));
        return "printf '\\033[8mha:%s\\033[0mclick\\n' '" + body + "'";
    }

    public void testParallelReadsOfALargeLogCostLittleMemory() throws Exception {
        File log = stepLog();
        byte[] block = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new FileOutputStream(log, true)) {
            for (int i = 0; i < 48 * 1024 * 1024 / block.length; i++) {
                out.write(block);
            }
        }
        long size = log.length();
        URL url = new URL(getURL(), build.getUrl() + "drone/log?pipeline=default&step=flood&start=0");
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = allocated(threads);
        ExecutorService readers = Executors.newFixedThreadPool(10);
        List<Future<Long>> reads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            reads.add(readers.submit(() -> drain(url)));
        }
        for (Future<Long> read : reads) {
            assertEquals(size, (long) read.get(2, TimeUnit.MINUTES));
        }
        readers.shutdown();
        long allocated = allocated(threads) - before;
        assertTrue("10 reads of " + size + " bytes allocated " + allocated + " bytes", allocated < 2 * size);
    }

    /** Bytes allocated so far by the threads alive now (the server's request threads stay alive in its pool). */
    private static long allocated(ThreadMXBean threads) {
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    private static long drain(URL url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        long count = 0;
        try (InputStream in = connection.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                count += read;
            }
        }
        return count;
    }

    /** The last lines of a console, for a failure's message. */
    private static String tail(String console) {
        return console.substring(Math.max(0, console.length() - 1500));
    }

    private String get(String path) throws Exception {
        return createWebClient().goTo(build.getUrl() + path, "text/plain").getWebResponse().getContentAsString();
    }

    private File stepLog() {
        return LogFiles.of(build.getAction(PipelinesAction.class), "default", "flood");
    }
}
