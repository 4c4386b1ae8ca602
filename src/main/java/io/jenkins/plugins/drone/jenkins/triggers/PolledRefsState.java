package io.jenkins.plugins.drone.jenkins.triggers;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The refs and commits a linked job's poll saw last, in {@code drone-polled-refs.properties} beside its
 * {@code config.xml}, so that a restart neither rebuilds nor forgets them.
 */
final class PolledRefsState {

    private final File file;

    PolledRefsState(File jobDir) {
        this.file = new File(jobDir, "drone-polled-refs.properties");
    }

    /** Whether the job was ever polled for all refs. */
    boolean exists() {
        return file.isFile();
    }

    Map<String, String> load() throws IOException {
        Map<String, String> refs = new TreeMap<>();
        if (exists()) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file.toPath())) {
                properties.load(in);
            }
            properties.stringPropertyNames().forEach(name -> refs.put(name, properties.getProperty(name)));
        }
        return refs;
    }

    void save(Map<String, String> refs) throws IOException {
        Properties properties = new Properties();
        properties.putAll(refs);
        File next = new File(file.getPath() + ".tmp");
        try (OutputStream out = Files.newOutputStream(next.toPath())) {
            properties.store(out, "refs and commits the last poll saw");
        }
        Files.move(next.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING);
    }
}
