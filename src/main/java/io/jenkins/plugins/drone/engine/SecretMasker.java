package io.jenkins.plugins.drone.engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * otherwise, docs/drone-semantics.md#secret-masking). Values shorter than {@link #MIN_LENGTH} would mask ordinary
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
        if (!value.contains("\n")) {
            found.add(value);
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

    /** {@code line} with every secret form replaced by {@code ******}. */
    public String mask(String line) {
        return mask(line, name -> { });
    }

    private String mask(String line, Consumer<String> maskedSecret) {
        String out = line;
        for (Map.Entry<String, String> needle : needles.entrySet()) {
            if (out.contains(needle.getKey())) {
                out = out.replace(needle.getKey(), MASK);
                maskedSecret.accept(needle.getValue());
            }
        }
        return out;
    }

    @Override
    public void on(PipelineEvent event) {
        if (event instanceof PipelineEvent.StepLog log) {
            delegate.on(new PipelineEvent.StepLog(log.step(), mask(log.line(),
                    name -> maskedByStep.computeIfAbsent(log.step(), k -> new TreeSet<>()).add(name))));
        } else if (event instanceof PipelineEvent.StepFinished finished) {
            Set<String> masked = maskedByStep.getOrDefault(finished.step(), Set.of());
            delegate.on(finished.withMaskedSecrets(List.copyOf(masked)));
        } else if (event instanceof PipelineEvent.Warning warning) {
            delegate.on(new PipelineEvent.Warning(mask(warning.message())));
        } else {
            delegate.on(event);
        }
    }
}
