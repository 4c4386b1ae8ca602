package io.jenkins.plugins.drone.jenkins.ui;

import hudson.Extension;
import hudson.model.Hudson;
import hudson.model.RootAction;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

/**
 * Serves the plugin's static files (script, style sheet, icon) at {@code /drone-static/NAME} from the
 * class path, so the same URL works in a real Jenkins (the plugin jar inside the .hpi) and in a test
 * Hudson (the plugin on the class path). The files' source is {@code src/main/webapp}; the build copies
 * it into the jar under this package's {@code static/} folder (and, as usual, into the .hpi root). Reading them
 * needs Hudson.READ, like every page that uses them.
 */
@Extension
public final class DroneStaticResources implements RootAction {

    private static final Map<String, String> TYPES = Map.of(
            "pipelines.js", "application/javascript;charset=UTF-8",
            "drone-ansi.js", "application/javascript;charset=UTF-8",
            "pipelines.css", "text/css;charset=UTF-8",
            "drone.svg", "image/svg+xml");

    /** Streams one of the known files; anything else is 404 (no path is ever resolved from the URL). */
    @CapturedParameterNames({"req", "rsp"})
    public void doDynamic(StaplerRequest req, StaplerResponse rsp) throws IOException {
        Hudson.getInstance().checkPermission(Hudson.READ);
        String name = req.getRestOfPath().replaceFirst("^/", "");
        String type = TYPES.get(name);
        InputStream in = type == null ? null : DroneStaticResources.class.getResourceAsStream("static/" + name);
        if (in == null) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            rsp.setContentType(type);
            rsp.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(rsp.getOutputStream());
        }
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return "drone-static";
    }
}
