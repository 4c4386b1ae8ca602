package io.jenkins.plugins.drone.jenkins.job;


import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.scm.RepositoryReader;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.IOException;
import java.util.List;

/**
 * "Lint this YAML" on the job configuration page: reads the pipeline file from the branch of the repository
 * as a build would, lints it with the spec linter and answers {@code FILE:LINE:COL: message} lines or "no
 * problems".
 */
final class YamlLint {

    private final RepositoryReader reader;

    YamlLint(RepositoryReader reader) {
        this.reader = reader;
    }

    /** The lint result for the form's current values. */
    FormValidation lint(String repositoryUrl, String branch, String yamlPath, GitAuth auth, boolean trusted) {
        if (repositoryUrl == null || repositoryUrl.isBlank()) {
            return FormValidation.error(Messages.yamlLintNoRepository());
        }
        String path = yamlPath == null || yamlPath.isBlank() ? ".drone.yml" : yamlPath.trim();
        String name = branch == null || branch.isBlank() ? "main" : branch.trim();
        String ref = name.startsWith("refs/") ? name : "refs/heads/" + name;
        String text;
        try {
            text = reader.read(repositoryUrl.trim(), ref, path, auth).file();
        } catch (IOException e) {
            return FormValidation.error(e.getMessage());
        }
        if (text == null) {
            return FormValidation.error(Messages.yamlLintNoFile(path, ref));
        }
        return report(Linter.check(path, text, trusted));
    }

    private static FormValidation report(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return FormValidation.ok(Messages.yamlLintNoProblems());
        }
        StringBuilder lines = new StringBuilder("<pre class=\"drone-lint\">");
        boolean errors = false;
        for (Diagnostic diagnostic : diagnostics) {
            lines.append(Util.escape(diagnostic.format())).append('\n');
            errors |= diagnostic.isError();
        }
        String markup = lines.append("</pre>").toString();
        return errors ? FormValidation.errorWithMarkup(markup) : FormValidation.warningWithMarkup(markup);
    }
}
