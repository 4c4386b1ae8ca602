package io.jenkins.plugins.drone.jenkins.agent;

import hudson.util.FormValidation;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.spec.bind.ByteSize;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and checks the storage fields of {@link DockerHostProperty}: the cache limit and the volume driver's options. */
final class AgentStorageFields {

    private AgentStorageFields() {}

    /** {@code 20GiB}, {@code 500m}, {@code 1073741824} → bytes; blank → 0 (no limit); not a size → -1. */
    static long bytes(String limit) {
        return limit.isBlank() ? 0 : ByteSize.parse(limit);
    }

    /** One {@code key=value} per line (blank lines skipped); lines without {@code =} are left out. */
    static Map<String, String> options(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                options.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return options;
    }

    static FormValidation checkLimit(String value) {
        return value == null || bytes(value.trim()) >= 0 ? FormValidation.ok()
                : FormValidation.error(Messages.cacheLimitInvalid(value.trim()));
    }

    static FormValidation checkOptions(String value) {
        if (value == null) {
            return FormValidation.ok();
        }
        for (String line : value.split("\\R")) {
            if (!line.isBlank() && line.indexOf('=') <= 0) {
                return FormValidation.error(Messages.volumeDriverOptionInvalid(line.trim()));
            }
            if (line.replace(" ", "").matches("o=(.*,)?bind(,.*)?")) {
                return FormValidation.error(Messages.volumeDriverBindRefused());
            }
        }
        return FormValidation.ok();
    }
}
