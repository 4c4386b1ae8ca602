package io.jenkins.plugins.drone.jenkins.reports;

import io.jenkins.plugins.drone.engine.WorkspaceCollection;
import io.jenkins.plugins.drone.jenkins.records.TestSummary;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks the tar of one pipeline's collected files on the controller: files matching an artifact glob go into the
 * build's artifacts directory (under {@code prefix}), files matching a report glob are read as JUnit XML into one
 * {@link TestSummary}. Problems with a file are said on the console, and the other files still count.
 */
public final class ReportArchiver {

    private final WorkspaceCollection collection;
    private final Path artifactsDir;
    private final JUnitParser parser;
    private final Consumer<String> console;

    /**
     * @param artifactsDir where the artifacts go (the build's artifacts directory, or a pipeline's directory in it)
     * @param console      says what was archived and what was wrong
     */
    public ReportArchiver(WorkspaceCollection collection, File artifactsDir, JUnitParser parser, Consumer<String> console) {
        this.collection = collection;
        this.artifactsDir = artifactsDir.toPath().normalize();
        this.parser = parser;
        this.console = console;
    }

    /** Archives and reads the files of {@code tar}; returns the tests, or null when no report was found. */
    public TestSummary archive(File tar) throws IOException {
        TestSummary tests = null;
        int artifacts = 0;
        int reports = 0;
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar.toPath()))) {
            for (TarArchiveEntry entry = in.getNextTarEntry(); entry != null; entry = in.getNextTarEntry()) {
                String path = entry.getName();
                if (!entry.isFile() || !safe(path)) {
                    continue;
                }
                boolean artifact = collection.isArtifact(path);
                Path stored = artifact ? store(path, in) : null;
                if (artifact) {
                    artifacts++;
                }
                if (collection.isReport(path)) {
                    TestSummary file = read(path, stored == null ? new ByteArrayInputStream(in.readAllBytes())
                            : Files.newInputStream(stored));
                    if (file != null) {
                        tests = tests == null ? new TestSummary() : tests;
                        tests.add(file);
                        reports++;
                    }
                }
            }
        }
        say(artifacts, reports);
        return tests;
    }

    private Path store(String path, InputStream in) throws IOException {
        Path target = artifactsDir.resolve(path).normalize();
        Files.createDirectories(target.getParent());
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** The tests of one report, from a stream closed here. */
    private TestSummary read(String path, InputStream in) throws IOException {
        try (in) {
            return parser.parse(in);
        } catch (JUnitParser.MalformedReportException e) {
            console.accept("warning: " + e.describe(path) + " (file skipped)");
            return null;
        }
    }

    /** A workspace-relative path that stays inside the artifacts directory. */
    private boolean safe(String path) {
        return !path.startsWith("/") && artifactsDir.resolve(path).normalize().startsWith(artifactsDir)
                && !path.contains("\\");
    }

    private void say(int artifacts, int reports) {
        if (!collection.artifacts().isEmpty()) {
            console.accept("archived " + artifacts + " artifact(s)" + (artifacts == 0 ? ": no file matches "
                    + String.join(", ", collection.artifacts()) : ""));
        }
        if (!collection.reports().isEmpty()) {
            console.accept("read " + reports + " JUnit report(s)" + (reports == 0 ? ": no readable file matches "
                    + String.join(", ", collection.reports()) : ""));
        }
    }
}
