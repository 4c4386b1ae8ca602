package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recent builds × steps of a job, like the stage view: one row per build that ran pipelines, one column per
 * {@code pipeline / step} seen in those builds (newest build's order first), each cell a status and a
 * duration, or empty where that build had no such step.
 */
public final class BuildGrid {

    /** How many builds the job page shows. */
    static final int ROWS = 10;

    private final List<String> columns;
    private final List<Row> rows;

    private BuildGrid(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** One step of one build. */
    public record Cell(String status, String duration) {}

    /** One build: its number, URL, a cell (or null) per column, and its disk I/O. */
    public record Row(AbstractBuild<?, ?> build, List<Cell> cells, Io io) {}

    /**
     * A build's disk I/O over all its pipelines, in human units (empty when unknown): bytes read and written, and
     * the step that read and wrote the most, with its bytes (docs/jobs.md#disk-io).
     */
    public record Io(String read, String written, String peakStep, String peak) {

        static Io of(PipelinesAction action) {
            long read = -1;
            long written = -1;
            PipelineRecord peakPipeline = null;
            for (PipelineRecord p : action.getPipelines()) {
                read = add(read, p.getBlockReadBytes());
                written = add(written, p.getBlockWriteBytes());
                if (p.getPeakIoBytes() >= 0 && (peakPipeline == null || p.getPeakIoBytes() > peakPipeline.getPeakIoBytes())) {
                    peakPipeline = p;
                }
            }
            return new Io(Figures.bytes(read), Figures.bytes(written),
                    peakPipeline == null ? "" : peakPipeline.getName() + " / " + peakPipeline.getPeakIoStep(),
                    peakPipeline == null ? "" : Figures.bytes(peakPipeline.getPeakIoBytes()));
        }

        private static long add(long total, long value) {
            return value < 0 ? total : Math.max(0, total) + value;
        }
    }

    /** The grid of the newest {@value #ROWS} builds of {@code job} that have pipeline records. */
    public static BuildGrid of(AbstractProject<?, ?> job) {
        return of(job, BuildFilter.ALL);
    }

    /** The grid of the newest {@value #ROWS} builds of {@code job} with pipeline records that pass {@code filter}. */
    public static BuildGrid of(AbstractProject<?, ?> job, BuildFilter filter) {
        List<PipelinesAction> recent = new ArrayList<>();
        for (AbstractBuild<?, ?> build : job.getBuilds()) {
            if (!filter.matches(build)) {
                continue;
            }
            PipelinesAction action = build.getAction(PipelinesAction.class);
            if (action != null && !action.getPipelines().isEmpty()) {
                recent.add(action);
            }
            if (recent.size() == ROWS) {
                break;
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (PipelinesAction action : recent) {
            for (PipelineRecord pipeline : action.getPipelines()) {
                pipeline.getSteps().forEach(step -> keys.add(key(pipeline, step)));
            }
        }
        List<String> columns = new ArrayList<>(keys);
        List<Row> rows = new ArrayList<>();
        for (PipelinesAction action : recent) {
            rows.add(new Row(action.getBuild(), cells(action, columns), Io.of(action)));
        }
        return new BuildGrid(columns, rows);
    }

    private static List<Cell> cells(PipelinesAction action, List<String> columns) {
        List<Cell> cells = new ArrayList<>(Collections.nCopies(columns.size(), (Cell) null));
        for (PipelineRecord pipeline : action.getPipelines()) {
            for (StepRecord step : pipeline.getSteps()) {
                cells.set(columns.indexOf(key(pipeline, step)),
                        new Cell(step.getStatus(), Figures.duration(step.getDurationMillis())));
            }
        }
        return cells;
    }

    private static String key(PipelineRecord pipeline, StepRecord step) {
        return pipeline.getName() + " / " + step.getName();
    }

    /** Column titles, {@code pipeline / step}. */
    public List<String> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }
}
