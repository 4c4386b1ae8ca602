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

/**
 * Decorates a listener so that every secret value of the pipeline reads {@code ******} in every log line:
 * multi-line values line by line, and their base64 and URL-encoded forms too (encoded secrets leak
 * otherwise, USER-ASKS §3). Values shorter than {@link #MIN_LENGTH} would mask ordinary words, so they are
 * not used; {@link #warnings()} names those secrets (never their values).
 */
public final class SecretMasker implements PipelineListener {

    /** Shorter values are not masked (Drone uses 2, which masks far too much). */
    public static final int MIN_LENGTH = 4;
    static final String MASK = "******";

    private final PipelineListener delegate;
    private final List<String> needles;
    private final List<String> warnings = new ArrayList<>();

    /** Masks the values of {@code secrets} (name to value) in what reaches {@code delegate}. */
    public SecretMasker(Map<String, String> secrets, PipelineListener delegate) {
        this.delegate = delegate;
        Set<String> found = new LinkedHashSet<>();
        secrets.forEach((name, value) -> collect(name, value == null ? "" : value, found));
        needles = new ArrayList<>(found);
        needles.sort(Comparator.comparingInt(String::length).reversed()); // longest first: no partial leftovers
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
        String out = line;
        for (String needle : needles) {
            if (out.contains(needle)) {
                out = out.replace(needle, MASK);
            }
        }
        return out;
    }

    @Override
    public void on(PipelineEvent event) {
        if (event instanceof PipelineEvent.StepLog log) {
            delegate.on(new PipelineEvent.StepLog(log.step(), mask(log.line())));
        } else if (event instanceof PipelineEvent.Warning warning) {
            delegate.on(new PipelineEvent.Warning(mask(warning.message())));
        } else {
            delegate.on(event);
        }
    }
}
