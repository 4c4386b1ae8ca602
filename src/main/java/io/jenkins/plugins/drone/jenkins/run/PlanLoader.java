package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.Plan;
import io.jenkins.plugins.drone.plan.PlanResult;
import io.jenkins.plugins.drone.plan.Planner;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.PrintStream;
import java.util.List;

/**
 * Parses, lints and plans a pipeline file for a build, printing every diagnostic to the console as
 * {@code FILE:LINE:COL: message}; the one path from YAML text to a {@link Plan} for every job type.
 */
public final class PlanLoader {

    private PlanLoader() {}

    /** The plan, or null when the file has errors (they were printed and nothing must run). */
    public static Plan load(String fileName, String text, BuildContext context, PrintStream console) {
        ParseResult parsed = ManifestParser.parse(fileName, text);
        if (!report(Linter.check(parsed, context.trusted()), fileName, console)) {
            return null;
        }
        PlanResult planned = Planner.plan(parsed.manifest(), context);
        if (!report(planned.diagnostics(), fileName, console) || !planned.ok()) {
            return null;
        }
        return planned.plan();
    }

    /** Prints every diagnostic; true when none is an error. */
    private static boolean report(List<Diagnostic> diagnostics, String fileName, PrintStream console) {
        boolean ok = true;
        for (Diagnostic diagnostic : diagnostics) {
            console.println(diagnostic.format());
            ok &= !diagnostic.isError();
        }
        if (!ok) {
            console.println("ERROR: " + fileName + " has errors; nothing was run.");
        }
        return ok;
    }
}
