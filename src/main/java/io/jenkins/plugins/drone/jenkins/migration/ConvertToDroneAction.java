package io.jenkins.plugins.drone.jenkins.migration;

import hudson.model.Action;
import hudson.model.Failure;
import hudson.model.FreeStyleProject;
import hudson.model.Hudson;
import hudson.model.Item;
import hudson.model.TopLevelItem;
import hudson.security.Permission;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.freestyle.Conversion;
import io.jenkins.plugins.drone.freestyle.FreestyleConverter;
import io.jenkins.plugins.drone.freestyle.InvalidJobConfigException;
import io.jenkins.plugins.drone.freestyle.Options;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;
import org.kohsuke.stapler.WebMethod;

/**
 * "Convert to .drone.yml" on a freestyle job ({@code job/NAME/drone-convert/}): previews the YAML that
 * {@link FreestyleConverter} makes of the job's config.xml with its warnings, offers it as a download
 * ({@code drone-yml}), and creates a Drone pipeline job for the repository the YAML will be committed to
 * ({@code createJob}, POST). Seeing the YAML needs {@link Item#EXTENDED_READ} on the job (it shows the job's
 * scripts); creating a job also needs {@link Item#CREATE}.
 */
public final class ConvertToDroneAction implements Action {

    private final FreeStyleProject job;

    ConvertToDroneAction(FreeStyleProject job) {
        this.job = job;
    }

    public FreeStyleProject getJob() {
        return job;
    }

    /** What the page needs to be shown at all; {@code l:layout} checks it against the job. */
    public Permission getReadPermission() {
        return Item.EXTENDED_READ;
    }

    @Override
    public String getIconFileName() {
        return job.hasPermission(Item.EXTENDED_READ) ? "notepad.gif" : null;
    }

    @Override
    public String getDisplayName() {
        return Messages.convertToDroneActionDisplayName();
    }

    @Override
    public String getUrlName() {
        return "drone-convert";
    }

    /** The conversion of the job's current config.xml; a job that cannot be read gives a warning, not an error. */
    public Conversion convert(String image) throws IOException {
        job.checkPermission(Item.EXTENDED_READ);
        String configXml = Files.readString(job.getConfigFile().getFile().toPath(), StandardCharsets.UTF_8);
        try {
            return FreestyleConverter.convert(configXml, new Options(image, null));
        } catch (InvalidJobConfigException e) {
            return new Conversion("", List.of(Messages.convertToDroneActionUnreadable(e.getMessage())));
        }
    }

    /** The download link of the YAML made with {@code image}, relative to this page. */
    public String downloadUrl(String image) {
        return image == null || image.isBlank() ? "drone-yml"
                : "drone-yml?image=" + URLEncoder.encode(image.strip(), StandardCharsets.UTF_8);
    }

    /** The YAML as a {@code .drone.yml} attachment. */
    @WebMethod(name = "drone-yml")
    @CapturedParameterNames({"req", "rsp"})
    public void doDroneYml(StaplerRequest req, StaplerResponse rsp) throws IOException {
        String yaml = convert(req.getParameter("image")).yaml();
        rsp.setContentType("text/yaml;charset=UTF-8");
        rsp.setHeader("Content-Disposition", "attachment; filename=\".drone.yml\"");
        rsp.getWriter().write(yaml);
    }

    /** Creates a Drone pipeline job from the form (name, repositoryUrl, branch) and shows where the YAML goes. */
    @CapturedParameterNames({"req", "rsp"})
    public void doCreateJob(StaplerRequest req, StaplerResponse rsp) throws IOException, ServletException {
        if (!"POST".equals(req.getMethod())) {
            rsp.setHeader("Allow", "POST");
            rsp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Creating a job needs a POST request");
            return;
        }
        job.checkPermission(Item.EXTENDED_READ);
        Hudson hudson = Hudson.getInstance();
        hudson.checkPermission(Item.CREATE);
        String name = trimmed(req.getParameter("name"));
        String repositoryUrl = trimmed(req.getParameter("repositoryUrl"));
        String branch = trimmed(req.getParameter("branch"));
        String problem = problem(name, repositoryUrl);
        if (problem != null) {
            req.setAttribute("error", problem);
            rsp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            req.getView(this, "index.jelly").forward(req, rsp);
            return;
        }
        TopLevelItem created = hudson.createProjectFromXML(name, DroneJobXml.of(
                Messages.convertToDroneActionDescription(job.getFullName()),
                repositoryUrl, branch.isEmpty() ? DronePipelineJob.DEFAULT_BRANCH : branch));
        req.setAttribute("created", created);
        req.getView(this, "created.jelly").forward(req, rsp);
    }

    /** Why the job cannot be created, or null. */
    private static String problem(String name, String repositoryUrl) {
        try {
            Hudson.checkGoodName(name);
        } catch (Failure e) {
            return e.getMessage();
        }
        if (Hudson.getInstance().getItem(name) != null) {
            return Messages.convertToDroneActionJobExists(name);
        }
        return repositoryUrl.isEmpty() ? Messages.convertToDroneActionRepositoryRequired() : null;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
