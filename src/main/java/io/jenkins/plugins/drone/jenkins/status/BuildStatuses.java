package io.jenkins.plugins.drone.jenkins.status;

import hudson.Util;
import hudson.model.AbstractBuild;
import hudson.model.Hudson;
import io.jenkins.plugins.drone.jenkins.forge.ForgeLink;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The commit statuses of one build: one per pipeline ({@code drone/<pipeline>}), or one for the whole build
 * ({@code continuous-integration/drone/<event>}) when the forge link asks for it. Each change of a pipeline record
 * becomes a status sent in the background, in order per context; a status that cannot be delivered is written to
 * the build's console with the forge's answer and never fails the build.
 */
public final class BuildStatuses {

    /** How long the end of a build waits for statuses still being sent. */
    private static final long DRAIN_SECONDS = 15;

    private final StatusTarget target;
    private final boolean perBuild;
    private final String commit;
    private final String buildContext;
    private final String buildUrl;
    private final long buildStartMillis;
    private final PrintStream console;
    private final StatusReports reports;
    private final StatusSender sender;
    private final Map<String, CompletableFuture<Void>> chains = new HashMap<>();
    private final Map<String, CommitStatus> last = new HashMap<>();
    private final Map<String, DroneStatus> pipelines = new LinkedHashMap<>();

    BuildStatuses(StatusTarget target, boolean perBuild, String commit, String event, String buildUrl,
                  long buildStartMillis, PrintStream console, StatusReports reports, StatusSender sender) {
        this.target = target;
        this.perBuild = perBuild;
        this.commit = commit;
        this.buildContext = "continuous-integration/drone/" + ("pull_request".equals(event) ? "pr" : event);
        this.buildUrl = buildUrl;
        this.buildStartMillis = buildStartMillis;
        this.console = console;
        this.reports = reports;
        this.sender = sender;
    }

    /**
     * The statuses of {@code build} at {@code commit}, or null when the job is not linked to a forge with an API URL
     * and a token. Adds the build's {@link StatusReports}.
     */
    public static BuildStatuses of(AbstractBuild<?, ?> build, ForgeLink link, String commit, String event,
                                   PrintStream console) {
        if (link == null || link.getKind() == null || link.getApiUrl().isEmpty() || link.getToken() == null
                || link.getToken().getPlainText().isEmpty() || commit == null || commit.isEmpty()) {
            return null;
        }
        StatusReports reports = build.getAction(StatusReports.class);
        if (reports == null) {
            reports = new StatusReports();
            build.addAction(reports);
        }
        String root = Hudson.getInstance().getRootUrl();
        String url = root == null || root.isEmpty() ? "" : root.replaceAll("/+$", "/") + build.getUrl();
        return new BuildStatuses(StatusTarget.of(link), link.isStatusPerBuild(), commit, event, url,
                build.getTimeInMillis(), console, reports, new StatusSender(StatusSender.DEFAULT_BACKOFF));
    }

    /** Reports what {@code record} now says; called on each change of the pipeline's status. */
    public void changed(PipelineRecord record) {
        pipeline(record.getName(), record.status(), describe(record));
    }

    /** Reports a pipeline's status with a description of the caller's (waiting for approval, declined). */
    public synchronized void pipeline(String name, DroneStatus status, String description) {
        pipelines.put(name, status);
        if (perBuild) {
            DroneStatus overall = overall();
            String text = overall.isFinished() ? "build " + overall.word() + " in "
                    + Util.getTimeSpanString(System.currentTimeMillis() - buildStartMillis)
                    : pipelines.size() == 1 ? description : "build " + overall.word();
            send(new CommitStatus(buildContext, overall, text, buildUrl));
        } else {
            send(new CommitStatus("drone/" + name, status, description, pipelineUrl(name)));
        }
    }

    /** Waits (a bounded time) until every status has been answered, so that failures reach the console. */
    public void awaitSent() {
        CompletableFuture<?>[] pending;
        synchronized (this) {
            pending = chains.values().toArray(new CompletableFuture<?>[0]);
        }
        try {
            CompletableFuture.allOf(pending).get(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            println("commit statuses are still being sent after " + DRAIN_SECONDS + " s; they go on in the background");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            println("commit statuses: " + e.getCause());
        }
    }

    private void send(CommitStatus status) {
        if (status.equals(last.get(status.context()))) {
            return;
        }
        last.put(status.context(), status);
        StatusRequest request = StatusApis.of(target).request(target, commit, status);
        CompletableFuture<Void> previous = chains.getOrDefault(status.context(),
                CompletableFuture.completedFuture(null));
        chains.put(status.context(), previous.thenCompose(v -> sender.send(request))
                .thenAccept(answer -> answered(status, request, answer)));
    }

    private void answered(CommitStatus status, StatusRequest request, StatusSender.Answer answer) {
        reports.add(new StatusReports.Report(status, answer.code()));
        if (!answer.accepted()) {
            println("could not report " + status.context() + " as " + status.status().word() + " to "
                    + target.kind().id() + " (" + request.uri() + ") after " + answer.attempts()
                    + (answer.attempts() == 1 ? " attempt: " : " attempts: ") + answer.text());
        }
    }

    /** The build's status from its pipelines', as Drone decides it: running while any runs, then killed, failure. */
    private DroneStatus overall() {
        List<DroneStatus> all = new ArrayList<>(pipelines.values());
        if (all.stream().anyMatch(s -> !s.isFinished())) {
            return all.contains(DroneStatus.RUNNING) ? DroneStatus.RUNNING : DroneStatus.PENDING;
        }
        if (all.contains(DroneStatus.KILLED)) {
            return DroneStatus.KILLED;
        }
        if (all.contains(DroneStatus.FAILURE) || all.contains(DroneStatus.ERROR)) {
            return all.contains(DroneStatus.FAILURE) ? DroneStatus.FAILURE : DroneStatus.ERROR;
        }
        return all.stream().allMatch(s -> s == DroneStatus.SKIPPED) ? DroneStatus.SKIPPED : DroneStatus.SUCCESS;
    }

    /** The pipeline's part of the build page ({@code drone/#<pipeline>}), empty when Jenkins' URL is unknown. */
    private String pipelineUrl(String name) {
        return buildUrl.isEmpty() ? "" : buildUrl + "drone/#" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** The description of a pipeline's status: where it waits, where it runs, how long it took, why it was skipped. */
    static String describe(PipelineRecord record) {
        DroneStatus status = record.status();
        switch (status) {
            case WAITING:
                return "waiting for " + String.join(", ", record.getDependsOn());
            case PENDING:
                return "queued";
            case RUNNING:
                return "running on " + record.getNode();
            case SKIPPED:
                String why = record.getReason() == null ? "" : record.getReason();
                return why.startsWith("skipped") ? why : why.isEmpty() ? "skipped" : "skipped: " + why;
            default:
                long took = record.getFinishedMillis() - record.getStartedMillis();
                String duration = record.getStartedMillis() > 0 && took >= 0
                        ? " in " + Util.getTimeSpanString(took) : "";
                String cause = record.getReason() == null ? "" : record.getReason();
                String reason = status == DroneStatus.ERROR && !cause.isEmpty() ? ": " + cause : "";
                return status.word() + duration + reason;
        }
    }

    private void println(String line) {
        synchronized (console) {
            console.println("[status] " + line);
        }
    }
}
