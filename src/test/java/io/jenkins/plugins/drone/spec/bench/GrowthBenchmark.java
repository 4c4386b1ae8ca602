package io.jenkins.plugins.drone.spec.bench;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.FilePlanner;
import io.jenkins.plugins.drone.plan.PlanOptions;
import io.jenkins.plugins.drone.plan.PlanResult;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.util.List;
import java.util.function.Supplier;

/**
 * How lint, plan and the 0.8 converter grow with the input, run by bench/lint-growth.sh: a 1.x file of N small
 * pipelines (chains of ten through depends_on) and a 0.8 file of N steps, for N = 2,000 and 20,000. Linear cost
 * shows as a ratio near 10 between the two sizes.
 */
public final class GrowthBenchmark {

    private static final BuildContext BUILD = BuildContext.builder().repo("acme/shop")
            .remoteUrl("https://github.com/acme/shop.git").branch("main").ref("refs/heads/main").build();

    private GrowthBenchmark() {}

    /** N pipelines of one step; pipeline i depends on i-1 inside each run of ten. */
    public static String pipelines(int n) {
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < n; i++) {
            y.append("---\nkind: pipeline\nname: p").append(i).append("\nsteps:\n- name: s\n  image: alpine\n  commands: [true]\n");
            if (i % 10 != 0) {
                y.append("depends_on: [p").append(i - 1).append("]\n");
            }
        }
        return y.toString();
    }

    /** A 0.8 file of N steps. */
    public static String legacySteps(int n) {
        StringBuilder y = new StringBuilder("pipeline:\n");
        for (int i = 0; i < n; i++) {
            y.append("  s").append(i).append(":\n    image: alpine\n    commands: [echo ").append(i).append("]\n");
        }
        return y.toString();
    }

    public static void main(String[] args) {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        System.out.printf("%-34s %10s %10s %7s%n", "work", small + " (ms)", large + " (ms)", "ratio");
        row("1.x pipelines: parse + lint", small, large, n -> lint(pipelines(n)));
        row("1.x pipelines: substitute, parse, lint, plan", small, large, n -> plan(pipelines(n)));
        row("0.8 steps: convert + lint", small, large, n -> lint(legacySteps(n)));
        row("0.8 steps: convert, lint, plan", small, large, n -> plan(legacySteps(n)));
        System.out.printf("file sizes: %d pipelines = %.1f MB, %d 0.8 steps = %.1f MB%n", large,
                pipelines(large).length() / 1e6, large, legacySteps(large).length() / 1e6);
    }

    private static List<Diagnostic> lint(String text) {
        ParseResult parsed = ManifestParser.parse(".drone.yml", text);
        return Linter.check(parsed, false);
    }

    private static List<Diagnostic> plan(String text) {
        PlanResult r = FilePlanner.plan(".drone.yml", text, BUILD, PlanOptions.DEFAULT);
        return r.diagnostics();
    }

    private interface Work {
        List<Diagnostic> run(int n);
    }

    private static void row(String what, int small, int large, Work work) {
        work.run(small);
        work.run(large);
        long a = best(() -> work.run(small));
        long b = best(() -> work.run(large));
        System.out.printf("%-34s %10d %10d %7.1f%n", what, a, b, (double) b / Math.max(1, a));
    }

    /** The best of five runs (both sizes ran once before, to warm the JVM); fails loudly on an error. */
    private static long best(Supplier<List<Diagnostic>> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            List<Diagnostic> found = work.get();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            if (found.stream().anyMatch(Diagnostic::isError)) {
                throw new IllegalStateException("the generated file has errors: " + found.get(0));
            }
        }
        return best;
    }
}
