package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.jenkins.scm.RepositoryReader;
import io.jenkins.plugins.drone.plan.BuildContext;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * The files a build's event changed, for {@code paths} conditions (docs/drone-semantics.md#changed-paths): a
 * push compares {@code before} with the commit, a pull request its head with the merge base of the target
 * branch; anything else, or a comparison that fails, is "everything changed" ({@code null}). Worked out only
 * when the planner asks, so files without {@code paths} never cost a diff.
 */
final class BuildChanges {

    private BuildChanges() {}

    static Supplier<List<String>> of(RepositoryReader reader, String url, BuildContext context, GitAuth auth,
                                     PrintStream console) {
        return () -> {
            try {
                if ("pull_request".equals(context.event())) {
                    return reader.changedFilesOfPullRequest(url, context.branch(), context.commit(), auth);
                }
                if ("push".equals(context.event()) && !context.before().isEmpty()) {
                    return reader.changedFiles(url, context.before(), context.commit());
                }
                return null;
            } catch (IOException e) {
                console.println("WARNING: paths conditions see every file as changed: " + e.getMessage());
                return null;
            }
        };
    }
}
