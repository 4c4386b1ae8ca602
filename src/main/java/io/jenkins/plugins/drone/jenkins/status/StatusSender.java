package io.jenkins.plugins.drone.jenkins.status;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends status requests on its own threads, never on a build's or an executor's: an I/O failure, a 429 or a 5xx
 * answer is retried after each delay of the backoff; any other answer is final. The future always completes
 * normally, with the forge's last answer.
 */
final class StatusSender {

    /** Retries after 2, 8 and 30 seconds: a forge that is briefly down still gets the status. */
    static final List<Duration> DEFAULT_BACKOFF = List.of(Duration.ofSeconds(2), Duration.ofSeconds(8),
            Duration.ofSeconds(30));

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ScheduledExecutorService THREADS = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "drone-pipeline commit status");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<Duration> backoff;

    StatusSender(List<Duration> backoff) {
        this.backoff = List.copyOf(backoff);
    }

    /** What the forge said to a request, after all attempts. */
    record Answer(int code, String body, int attempts) {
        /** 2xx. */
        boolean accepted() {
            return code >= 200 && code < 300;
        }

        /** "HTTP 422: {...}" or "no answer: connection refused". */
        String text() {
            return code == 0 ? "no answer: " + body : "HTTP " + code + (body.isEmpty() ? "" : ": " + body);
        }
    }

    CompletableFuture<Answer> send(StatusRequest request) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        THREADS.execute(() -> attempt(request, 1, answer));
        return answer;
    }

    private void attempt(StatusRequest request, int attempt, CompletableFuture<Answer> answer) {
        Answer got = post(request, attempt);
        boolean retry = got.code() == 0 || got.code() == 429 || got.code() >= 500;
        if (got.accepted() || !retry || attempt > backoff.size()) {
            answer.complete(got);
        } else {
            THREADS.schedule(() -> attempt(request, attempt + 1, answer), backoff.get(attempt - 1).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private Answer post(StatusRequest request, int attempt) {
        HttpRequest http1 = HttpRequest.newBuilder(request.uri()).timeout(TIMEOUT)
                .header("Authorization", request.authorization())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.json())).build();
        try {
            HttpResponse<String> response = http.send(http1, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), shorten(response.body()), attempt);
        } catch (IOException e) {
            return new Answer(0, String.valueOf(e.getMessage() == null ? e : e.getMessage()), attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", attempt);
        } catch (RuntimeException e) {
            return new Answer(0, e.toString(), attempt);
        }
    }

    /** The forge's answer as far as a console line should show it. */
    private static String shorten(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 500) + "…";
    }
}
