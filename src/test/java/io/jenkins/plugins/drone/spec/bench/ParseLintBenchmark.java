package io.jenkins.plugins.drone.spec.bench;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parse + lint time of a large generated file: 20 pipelines of 25 steps (500 steps), run by bench/parse-lint.sh. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ParseLintBenchmark {

    static final int PIPELINES = 20;
    static final int STEPS_PER_PIPELINE = 25;

    private String text;

    @Setup
    public void generate() {
        text = generatedFile();
    }

    /** A realistic file: trigger, services, volumes, environment with secrets, settings, when and depends_on. */
    public static String generatedFile() {
        StringBuilder y = new StringBuilder();
        for (int p = 0; p < PIPELINES; p++) {
            y.append("---\nkind: pipeline\ntype: docker\nname: pipeline-").append(p).append('\n');
            y.append("platform:\n  os: linux\n  arch: amd64\n");
            y.append("trigger:\n  branch: [main, release/*]\n  event:\n    exclude: [pull_request]\n");
            if (p > 0) {
                y.append("depends_on: [pipeline-").append(p - 1).append("]\n");
            }
            y.append("services:\n- name: db\n  image: postgres:15\n  environment:\n    POSTGRES_PASSWORD: secret\n");
            y.append("volumes:\n- name: cache\n  temp: {}\n");
            y.append("steps:\n");
            for (int s = 0; s < STEPS_PER_PIPELINE; s++) {
                y.append("- name: step-").append(s).append('\n');
                y.append("  image: golang:1.22\n  pull: if-not-exists\n");
                y.append("  commands:\n  - go vet ./...\n  - go test -run Test").append(s).append(" ./...\n");
                y.append("  environment:\n    GOFLAGS: -mod=vendor\n    TOKEN:\n      from_secret: token\n");
                y.append("  settings:\n    tags: [latest, '1.10']\n    retries: 3\n    dry_run: no\n");
                y.append("  volumes:\n  - name: cache\n    path: /go/pkg/mod\n");
                y.append("  when:\n    status: [success, failure]\n");
                if (s > 0) {
                    y.append("  depends_on: [db, step-").append(s - 1).append("]\n");
                }
            }
        }
        return y.toString();
    }

    @Benchmark
    public List<Diagnostic> parseAndLint() {
        ParseResult parsed = ManifestParser.parse(".drone.yml", text);
        return Linter.check(parsed, false);
    }
}
