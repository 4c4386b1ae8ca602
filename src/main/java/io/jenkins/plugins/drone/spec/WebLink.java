package io.jenkins.plugins.drone.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository's web link from its clone URL, the one place that derives it: Drone's server knows the link
 * ({@code DRONE_REPO_LINK}, the 0.8 workspace {@code /drone/src/github.com/owner/repo}) where Jenkins and the
 * CLI only have the clone URL. https, http, ssh and git URLs and the scp form {@code git@host:owner/repo.git}
 * give {@code https://host/owner/repo} (http stays http); credentials, the port of ssh and {@code .git} go.
 */
public final class WebLink {

    private static final Pattern URL = Pattern.compile("(?i)(https?|ssh|git)://(?:[^@/]*@)?([^/:?#]+)(:\\d+)?(/[^?#]*)?.*");
    private static final Pattern SCP = Pattern.compile("(?:[^@/:]+@)?([^/:]+):(?!//)/?([^?#]*)");

    private WebLink() {}

    /** The web link, or "" when {@code cloneUrl} is empty, a local path or not a URL of a known form. */
    public static String of(String cloneUrl) {
        Matcher url = URL.matcher(cloneUrl.strip());
        if (url.matches()) {
            boolean web = url.group(1).toLowerCase().startsWith("http");
            String scheme = web ? url.group(1).toLowerCase() : "https";
            String port = web && url.group(3) != null ? url.group(3) : "";
            return link(scheme + "://" + url.group(2) + port, url.group(4) == null ? "" : url.group(4));
        }
        Matcher scp = SCP.matcher(cloneUrl.strip());
        if (scp.matches() && !cloneUrl.startsWith("/") && scp.group(1).contains(".")) {
            return link("https://" + scp.group(1), "/" + scp.group(2));
        }
        return "";
    }

    private static String link(String origin, String path) {
        String trimmed = path.replaceAll("/+$", "").replaceAll("(?i)\\.git$", "").replaceAll("/+$", "");
        return origin + trimmed;
    }
}
