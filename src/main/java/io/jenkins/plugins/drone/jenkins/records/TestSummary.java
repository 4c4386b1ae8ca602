package io.jenkins.plugins.drone.jenkins.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The JUnit results of one pipeline: totals over every test case of its reports and the first
 * {@link #MAX_FAILED} failed ones; persisted in build.xml.
 */
@ExportedBean(defaultVisibility = 3)
public final class TestSummary {

    /** Most failed test cases kept; the totals count them all. */
    public static final int MAX_FAILED = 100;

    private int tests;
    private int failures;
    private int errors;
    private int skipped;
    private double time;
    private final List<FailedTest> failed = new ArrayList<>();

    /** Counts a test case that passed ({@code skipped} false) or was skipped. */
    public synchronized void passedOrSkipped(boolean skipped, double seconds) {
        count(seconds);
        if (skipped) {
            this.skipped++;
        }
    }

    /** Counts a failed or erroneous test case and keeps it while there is room. */
    public synchronized void failed(FailedTest test) {
        count(test.getTime());
        if ("error".equals(test.getKind())) {
            errors++;
        } else {
            failures++;
        }
        if (failed.size() < MAX_FAILED) {
            failed.add(test);
        }
    }

    /** Adds every count and failed test of {@code other}. */
    public synchronized void add(TestSummary other) {
        tests += other.tests;
        failures += other.failures;
        errors += other.errors;
        skipped += other.skipped;
        time = millis(time + other.time);
        for (FailedTest test : other.getFailed()) {
            if (failed.size() < MAX_FAILED) {
                failed.add(test);
            }
        }
    }

    private void count(double seconds) {
        tests++;
        time = millis(time + seconds);
    }

    /** Seconds rounded to the millisecond, so sums read as the reports wrote them. */
    private static double millis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    @Exported
    public synchronized int getTests() {
        return tests;
    }

    @Exported
    public synchronized int getFailures() {
        return failures;
    }

    @Exported
    public synchronized int getErrors() {
        return errors;
    }

    @Exported
    public synchronized int getSkipped() {
        return skipped;
    }

    /** Test cases that neither failed, erred nor were skipped. */
    @Exported
    public synchronized int getPassed() {
        return tests - failures - errors - skipped;
    }

    /** Seconds, summed over the test cases. */
    @Exported
    public synchronized double getTime() {
        return time;
    }

    @Exported(inline = true)
    public synchronized List<FailedTest> getFailed() {
        return Collections.unmodifiableList(new ArrayList<>(failed));
    }
}
