package io.jenkins.plugins.drone.jenkins.secrets;

import hudson.model.AbstractProject;
import hudson.util.Secret;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.stapler.Stapler;

/**
 * Keeps a job's secrets encrypted on disk when its config.xml arrived with them in clear text (createItem,
 * {@code POST config.xml}, a file written by hand): it finds every {@link Secret} the job holds — in its own
 * fields, its properties and triggers, at any depth of the plugin's classes — and saves the job when one of
 * their values stands in config.xml as plain text; saving writes them encrypted.
 *
 * <p>Both Hudson 1.395 and modern Jenkins load a posted config.xml into the job (calling {@code onLoad}) before
 * they move the posted file into place, so a save from {@code onLoad} alone would be overwritten: during a
 * request the file is also watched for a few seconds and the job saved again once the posted text is there.
 */
public final class ClearTextSecrets {

    private static final Logger LOGGER = Logger.getLogger(ClearTextSecrets.class.getName());
    private static final String OWN_CLASSES = "io.jenkins.plugins.drone.";
    private static final long WATCH_MILLIS = 10_000;
    private static final long POLL_MILLIS = 200;
    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "drone-pipeline: encrypt posted secrets");
        thread.setDaemon(true);
        return thread;
    });

    private ClearTextSecrets() {}

    /** Called from the job's {@code onLoad}: saves it now, and after a posted file lands, if a secret is in clear. */
    public static void encryptOnDisk(AbstractProject<?, ?> job) {
        List<String> values = plainValues(job);
        if (values.isEmpty()) {
            return;
        }
        saveIfInClear(job, values);
        if (Stapler.getCurrentRequest() != null) {
            watch(job, values, System.currentTimeMillis() + WATCH_MILLIS);
        }
    }

    /** The plain values of every secret {@code job} holds. */
    static List<String> plainValues(AbstractProject<?, ?> job) {
        List<String> values = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(job, values, seen);
        collect(job.getProperties().values(), values, seen);
        collect(job.getTriggers().values(), values, seen);
        return values;
    }

    private static void watch(AbstractProject<?, ?> job, List<String> values, long deadline) {
        WATCHER.schedule(() -> {
            if (!saveIfInClear(job, values) && System.currentTimeMillis() < deadline) {
                watch(job, values, deadline);
            }
        }, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static boolean saveIfInClear(AbstractProject<?, ?> job, List<String> values) {
        try {
            String xml = job.getConfigFile().asString();
            if (values.stream().noneMatch(value -> xml.contains(">" + escape(value) + "<"))) {
                return false;
            }
            job.save();
            return true;
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "could not re-save " + job.getFullName() + " with its secrets encrypted", e);
            return true;
        }
    }

    private static void collect(Object value, List<String> found, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Secret secret) {
            String plain = Secret.toString(secret);
            if (!plain.isEmpty()) {
                found.add(plain);
            }
        } else if (value instanceof Iterable<?> items) {
            items.forEach(item -> collect(item, found, seen));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, found, seen));
        } else if (value instanceof Object[] array) {
            for (Object item : array) {
                collect(item, found, seen);
            }
        } else {
            collectFields(value, found, seen);
        }
    }

    /** The persisted fields of the plugin's own classes; Hudson's classes are not walked (they reach everything). */
    private static void collectFields(Object value, List<String> found, Set<Object> seen) {
        for (Class<?> type = value.getClass(); type.getName().startsWith(OWN_CLASSES); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                boolean persisted = (field.getModifiers() & (Modifier.STATIC | Modifier.TRANSIENT)) == 0;
                if (!persisted || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    collect(field.get(value), found, seen);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    LOGGER.log(Level.FINE, "cannot read " + field, e);
                }
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
