#!/bin/sh
# Prints how lint, plan and the 0.8 converter grow from 2,000 to 20,000 pipelines (or 0.8 steps); a linear cost
# gives a ratio near 10. Other sizes: bench/lint-growth.sh SMALL LARGE.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xss8m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    io.jenkins.plugins.drone.spec.bench.GrowthBenchmark "$@"
