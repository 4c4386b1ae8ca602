package io.jenkins.plugins.drone.jenkins.job;

import io.jenkins.plugins.drone.jenkins.ui.Html;

import hudson.util.FormValidation;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.scm.RepositoryReader;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * "Lint this YAML" on the job configuration page: reads the pipeline file from the branch of the repository
 * as a build would, lints it with the spec linter and answers {@code FILE:LINE:COL: message} lines or "no
 * problems".
 */
public final class YamlLint {

    private final File cacheRoot;

    /** @param cacheRoot where {@link RepositoryReader} keeps its mirrors */
    public YamlLint(File cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** The lint result for the form's current values. */
    public FormValidation lint(String repositoryUrl, String branch, String yamlPath, boolean trusted) {
        if (repositoryUrl == null || repositoryUrl.isBlank()) {
            return FormValidation.error(Messages.get("YamlLint.noRepository"));
        }
        String path = yamlPath == null || yamlPath.isBlank() ? ".drone.yml" : yamlPath.trim();
        String name = branch == null || branch.isBlank() ? "main" : branch.trim();
        String ref = name.startsWith("refs/") ? name : "refs/heads/" + name;
        String text;
        try {
            text = new RepositoryReader(cacheRoot).read(repositoryUrl.trim(), ref, path).file();
        } catch (IOException e) {
            return FormValidation.error(e.getMessage());
        }
        if (text == null) {
            return FormValidation.error(Messages.get("YamlLint.noFile", path, ref));
        }
        return report(Linter.check(path, text, trusted));
    }

    private static FormValidation report(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return FormValidation.ok(Messages.get("YamlLint.noProblems"));
        }
        StringBuilder lines = new StringBuilder("<pre class=\"drone-lint\">");
        boolean errors = false;
        for (Diagnostic diagnostic : diagnostics) {
            lines.append(Html.escape(diagnostic.format())).append('\n');
            errors |= diagnostic.isError();
        }
        String markup = lines.append("</pre>").toString();
        return errors ? FormValidation.errorWithMarkup(markup) : FormValidation.warningWithMarkup(markup);
    }
}
