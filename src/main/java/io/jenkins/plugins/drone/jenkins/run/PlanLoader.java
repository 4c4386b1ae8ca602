package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.FilePlanner;
import io.jenkins.plugins.drone.plan.Plan;
import io.jenkins.plugins.drone.plan.PlanOptions;
import io.jenkins.plugins.drone.plan.PlanResult;
import io.jenkins.plugins.drone.spec.Diagnostic;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Plans a pipeline file for a Jenkins build ({@link FilePlanner}: substitution, parsing, lint, trust) and
 * prints every diagnostic to the build's console as {@code FILE:LINE:COL: message}.
 */
public final class PlanLoader {

    private PlanLoader() {}

    /** The plan, or null when the file has errors (they were printed and nothing must run). */
    public static Plan load(String fileName, String text, BuildContext context, PrintStream console) {
        return load(fileName, text, context, () -> null, console);
    }

    /** Like {@link #load(String, String, BuildContext, PrintStream)}, with the build's changed files on demand. */
    static Plan load(String fileName, String text, BuildContext context, Supplier<List<String>> changedFiles,
                     PrintStream console) {
        PlanResult result = FilePlanner.plan(fileName, text, context, PlanOptions.DEFAULT, changedFiles);
        for (Diagnostic diagnostic : result.diagnostics()) {
            console.println(diagnostic.format());
        }
        if (!result.ok()) {
            console.println("ERROR: " + fileName + " has errors; nothing was run.");
            return null;
        }
        return result.plan();
    }
}
