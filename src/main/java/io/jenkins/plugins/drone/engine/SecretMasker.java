package io.jenkins.plugins.drone.engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Decorates a listener so that every secret value of the pipeline reads {@code ******} in every log line:
 * multi-line values line by line, and their base64 and URL-encoded forms too (encoded secrets leak
 * otherwise, docs/drone-semantics.md#secret-masking), also where ANSI escape codes interrupt a value and where a
 * long line is cut into pieces across a value. Values shorter than {@link #MIN_LENGTH} would mask ordinary
 * words, so they are not used; {@link #warnings()} names those secrets (never their values). Each step's finished
 * event lists the names of the secrets masked in its log.
 */
public final class SecretMasker implements PipelineListener {

    /** Shorter values are not masked (Drone uses 2, which masks far too much). */
    public static final int MIN_LENGTH = 4;
    static final String MASK = "******";

    private final PipelineListener delegate;
    /** Each masked form and the secret it comes from, longest form first so no partial leftovers remain. */
    private final Map<String, String> needles = new TreeMap<>(
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    private final List<String> warnings = new ArrayList<>();
    /** The end of each step's last piece of a long line, held back until the next piece arrives. */
    private final Map<String, String> carried = new ConcurrentHashMap<>();
    private final int longestNeedle;
    /**
     * Names of the secrets masked in each step's log, so masking is explainable
     * (docs/drone-semantics.md#secret-masking).
     */
    private final Map<String, Set<String>> maskedByStep = new ConcurrentHashMap<>();

    /** Masks the values of {@code secrets} (name to value) in what reaches {@code delegate}. */
    public SecretMasker(Map<String, String> secrets, PipelineListener delegate) {
        this.delegate = delegate;
        secrets.forEach((name, value) -> {
            Set<String> found = new LinkedHashSet<>();
            collect(name, value == null ? "" : value, found);
            found.forEach(form -> needles.putIfAbsent(form, name));
        });
        longestNeedle = needles.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * Masks a line, or a piece of a long line: the end of a piece that may be the start of a secret form is held
     * back and put before the next piece, so a secret split across pieces is masked too.
     */
    private void maskPiece(PipelineEvent.StepLog log) {
        String text = carried.getOrDefault(log.step(), "") + log.line();
        Consumer<String> masked = name -> maskedByStep.computeIfAbsent(log.step(), k -> new TreeSet<>()).add(name);
        if (!log.continues() || needles.isEmpty()) {
            carried.remove(log.step());
            delegate.on(log.withLine(mask(text, text.length(), masked).toString(), log.continues()));
            return;
        }
        int cut = safeCut(text);
        carried.put(log.step(), text.substring(cut));
        delegate.on(log.withLine(mask(text, cut, masked).toString(), true));
    }

    private void collect(String name, String value, Set<String> found) {
        if (value.isBlank()) {
            return;
        }
        if (value.trim().length() < MIN_LENGTH) {
            warnings.add("secret " + name + " is shorter than " + MIN_LENGTH + " characters and is not masked in logs");
            return;
        }
        addForms(value, found);
        for (String line : value.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.length() >= MIN_LENGTH) {
                addForms(trimmed, found);
            }
        }
    }

    private static void addForms(String value, Set<String> found) {
        if (!value.contains("\n") && AnsiText.strip(value).length() >= MIN_LENGTH) {
            found.add(AnsiText.strip(value));
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        found.add(Base64.getEncoder().encodeToString(bytes));
        found.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        found.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        found.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        found.add(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** One message per secret too short to be masked; the runner reports them as warnings. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** {@code line} with every secret form replaced by {@code ******}, also where escape codes interrupt it. */
    public String mask(String line) {
        return mask(line, line.length(), name -> { }).toString();
    }

    /**
     * The raw text of {@code line} before {@code cut} with every secret form masked; a form that the visible text
     * shows across {@code cut} is left out (the caller keeps it for the next piece), see {@link #safeCut}.
     */
    private StringBuilder mask(String line, int cut, Consumer<String> maskedSecret) {
        AnsiText text = AnsiText.of(line);
        String visible = text.visible();
        boolean[] taken = new boolean[visible.length()];
        StringBuilder out = new StringBuilder(cut);
        TreeMap<Integer, Integer> spans = new TreeMap<>();
        for (Map.Entry<String, String> needle : needles.entrySet()) {
            for (int at = visible.indexOf(needle.getKey()); at >= 0; at = visible.indexOf(needle.getKey(), at + 1)) {
                int end = at + needle.getKey().length();
                if (!taken[at] && !taken[end - 1]) {
                    Arrays.fill(taken, at, end, true);
                    spans.put(text.rawStart(at, line.length()), text.rawEnd(end));
                    maskedSecret.accept(needle.getValue());
                }
            }
        }
        int from = 0;
        for (Map.Entry<Integer, Integer> span : spans.entrySet()) {
            if (span.getValue() > cut) {
                break;
            }
            out.append(line, from, span.getKey()).append(MASK);
            from = span.getValue();
        }
        return out.append(line, from, Math.max(from, cut));
    }

    /**
     * Where a piece of a long line may end: before the last visible characters that could begin a secret
     * form the next piece completes, and before any form that would straddle that point.
     */
    private int safeCut(String line) {
        AnsiText text = AnsiText.of(line);
        int keep = longestNeedle - 1;
        int cutVisible = Math.max(0, text.visible().length() - keep);
        int cut = text.rawStart(cutVisible, line.length());
        for (String needle : needles.keySet()) {
            int from = Math.max(0, cutVisible - needle.length() + 1);
            int at = text.visible().indexOf(needle, from);
            if (at >= 0 && at < cutVisible) {
                cut = Math.min(cut, text.rawStart(at, line.length()));
            }
        }
        return cut;
    }

    @Override
    public void on(PipelineEvent event) {
        if (event instanceof PipelineEvent.StepLog log) {
            maskPiece(log);
        } else if (event instanceof PipelineEvent.StepFinished finished) {
            String rest = carried.get(finished.step());
            if (rest != null) {
                maskPiece(new PipelineEvent.StepLog(finished.step(), "", finished.finishedMillis(), false));
            }
            Set<String> masked = maskedByStep.getOrDefault(finished.step(), Set.of());
            delegate.on(finished.withMaskedSecrets(List.copyOf(masked)));
        } else if (event instanceof PipelineEvent.Warning warning) {
            delegate.on(new PipelineEvent.Warning(mask(warning.message())));
        } else {
            delegate.on(event);
        }
    }
}
