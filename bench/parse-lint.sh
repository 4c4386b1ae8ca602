#!/bin/sh
# Runs the JMH parse+lint benchmark (20 pipelines, 500 steps). Extra arguments go to JMH, e.g. -f 1 -wi 1 -i 3.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
    io.jenkins.plugins.drone.spec.bench.ParseLintBenchmark "$@"
