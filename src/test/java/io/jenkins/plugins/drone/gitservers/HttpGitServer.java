package io.jenkins.plugins.drone.gitservers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Apache (Debian {@code apache2}) running git's {@code git-http-backend} behind basic authentication on loopback:
 * its own {@code ServerRoot}, configuration and {@code htpasswd} file in a temp directory.
 */
public final class HttpGitServer extends ServerProcess {

    private static final String MODULES = "/usr/lib/apache2/modules/";
    private static final String BACKEND = "/usr/lib/git-core/git-http-backend";

    private HttpGitServer() {
        super("apache");
    }

    /** A running server that lets in {@code user} with {@code password}, and nobody else. */
    public static HttpGitServer start(String user, String password) throws IOException, InterruptedException {
        HttpGitServer server = new HttpGitServer();
        try {
            run(server.dir.toFile(), "htpasswd", "-c", "-b", "-B", "htpasswd", user, password);
            server.configure();
            // its own session: on stop, Apache signals its whole process group, which would otherwise be ours
            server.start(List.of("setsid", "/usr/sbin/apache2", "-f", server.dir.resolve("httpd.conf").toString(),
                    "-DFOREGROUND"), "apache.log");
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void configure() throws IOException {
        Files.createDirectories(dir.resolve("repos"));
        Files.write(dir.resolve("httpd.conf"), List.of(
                "ServerRoot " + dir,
                "ServerName 127.0.0.1",
                "Listen 127.0.0.1:" + port,
                "PidFile " + dir.resolve("httpd.pid"),
                "DefaultRuntimeDir " + dir,
                "Mutex file:" + dir + " default",
                "ErrorLog " + dir.resolve("error.log"),
                "User www-data",
                "Group www-data",
                module("mpm_prefork"), module("authz_core"), module("authn_core"), module("authn_file"),
                module("authz_user"), module("auth_basic"), module("alias"), module("cgi"), module("env"),
                "SetEnv GIT_PROJECT_ROOT " + dir.resolve("repos"),
                "SetEnv GIT_HTTP_EXPORT_ALL 1",
                // the repositories belong to the test's user, the CGI runs as www-data
                "SetEnv GIT_CONFIG_COUNT 1",
                "SetEnv GIT_CONFIG_KEY_0 safe.directory",
                "SetEnv GIT_CONFIG_VALUE_0 *",
                "ScriptAlias /git/ " + BACKEND + "/",
                "<Location /git/>",
                "  AuthType Basic",
                "  AuthName git",
                "  AuthUserFile " + dir.resolve("htpasswd"),
                "  Require valid-user",
                "</Location>"), StandardCharsets.UTF_8);
    }

    private static String module(String name) {
        return "LoadModule " + name + "_module " + MODULES + "mod_" + name + ".so";
    }

    /** A new empty bare repository and its {@code http://} URL. */
    public String repository(String name) throws IOException, InterruptedException {
        Path repo = bareRepository(name);
        return "http://127.0.0.1:" + port + "/git/" + dir.resolve("repos").relativize(repo);
    }

    /** What the server logged (for failure messages). */
    public String log() throws IOException {
        return read("error.log") + read("apache.log");
    }
}
