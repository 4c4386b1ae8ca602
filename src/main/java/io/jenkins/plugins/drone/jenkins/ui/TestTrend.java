package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.records.TestSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The job page's test trend: passed and failed test counts (all pipelines of a build together) of the newest
 * {@value #BUILDS} builds that read JUnit reports, oldest first, with the geometry of an SVG bar chart.
 */
public final class TestTrend {

    /** How many builds the trend shows. */
    static final int BUILDS = 10;
    /** Chart height in pixels, and the width of one bar and its gap. */
    public static final int HEIGHT = 100;
    public static final int BAR = 24;
    public static final int STEP = 32;

    private final List<Bar> bars;

    private TestTrend(List<Bar> bars) {
        this.bars = bars;
    }

    /**
     * One build's bar: failed (failures and errors) on top of passed; heights in pixels scaled to the largest total.
     *
     * @param x            left edge of the bar
     * @param passedTop    top of the passed part (its bottom is {@link #HEIGHT})
     * @param failedTop    top of the failed part (its bottom is {@code passedTop})
     */
    public record Bar(AbstractBuild<?, ?> build, int passed, int failed, int skipped, int x, int passedTop,
                      int passedHeight, int failedTop, int failedHeight) {}

    /** The trend of {@code job}. */
    public static TestTrend of(AbstractProject<?, ?> job) {
        List<int[]> counts = new ArrayList<>();
        List<AbstractBuild<?, ?>> builds = new ArrayList<>();
        for (AbstractBuild<?, ?> build : job.getBuilds()) {
            int[] c = counts(build.getAction(PipelinesAction.class));
            if (c != null) {
                counts.add(c);
                builds.add(build);
            }
            if (builds.size() == BUILDS) {
                break;
            }
        }
        Collections.reverse(counts);
        Collections.reverse(builds);
        int max = Math.max(1, counts.stream().mapToInt(c -> c[0] + c[1]).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < builds.size(); i++) {
            int[] c = counts.get(i);
            int passedHeight = c[0] * HEIGHT / max;
            int failedHeight = c[1] * HEIGHT / max;
            int passedTop = HEIGHT - passedHeight;
            bars.add(new Bar(builds.get(i), c[0], c[1], c[2], i * STEP, passedTop, passedHeight,
                    passedTop - failedHeight, failedHeight));
        }
        return new TestTrend(bars);
    }

    /** Passed, failed and skipped of a build's pipelines together, or null when none read reports. */
    private static int[] counts(PipelinesAction action) {
        if (action == null) {
            return null;
        }
        int[] counts = null;
        for (PipelineRecord pipeline : action.getPipelines()) {
            TestSummary tests = pipeline.getTests();
            if (tests != null) {
                counts = counts == null ? new int[3] : counts;
                counts[0] += tests.getPassed();
                counts[1] += tests.getFailures() + tests.getErrors();
                counts[2] += tests.getSkipped();
            }
        }
        return counts;
    }

    /** Oldest first. */
    public List<Bar> getBars() {
        return bars;
    }

    /** Width of the chart in pixels. */
    public int getWidth() {
        return Math.max(STEP, bars.size() * STEP);
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getBarWidth() {
        return BAR;
    }
}
