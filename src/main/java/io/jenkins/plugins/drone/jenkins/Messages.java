package io.jenkins.plugins.drone.jenkins;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-visible text of the Jenkins integration, from {@code Messages.properties} (localisable). */
public final class Messages {

    private static final String BUNDLE = "io.jenkins.plugins.drone.jenkins.Messages";

    private Messages() {}

    /** The message {@code key} formatted with {@code args} ({@link MessageFormat} syntax). */
    public static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader())
                .getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
