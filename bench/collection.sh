#!/usr/bin/env bash
# What collecting test reports and artifacts costs a pipeline: one step writes FILES files of KB KiB into the
# workspace volume (a dependency directory) and one JUnit report; the engine runs it without collecting, collecting
# **/TEST-*.xml (the whole workspace is read through Docker's archive API once and filtered), reports/TEST-*.xml
# (only that directory is read), and collecting every file (all of it copied out). Medians of ROUNDS rounds, in ms, setup to cleanup, one JVM (warmed up).
#
#   bench/collection.sh [FILES] [KB] [ROUNDS]   (defaults 5000, 16 and 3; needs scripts/build-test-images)
set -euo pipefail
files=${1:-5000}
kb=${2:-16}
rounds=${3:-3}
cd "$(dirname "$0")/.."
mvn -B -o -q test-compile >/dev/null
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"

none=(); reports=(); dir=(); all=()
for _ in $(seq "$rounds"); do
  read -r a b c d < <(java -cp "$cp" io.jenkins.plugins.drone.engine.CollectionBench "$files" "$kb")
  none+=("$a"); reports+=("$b"); dir+=("$c"); all+=("$d")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
echo "workspace: $files files of $kb KiB ($(( files * kb / 1024 )) MiB), $rounds rounds, load $(cut -d' ' -f1 /proc/loadavg)"
echo "no collection:           $(median "${none[@]}") ms"
echo "reports (**/TEST-*.xml): $(median "${reports[@]}") ms"
echo "reports/TEST-*.xml:      $(median "${dir[@]}") ms"
echo "every file as artifact:  $(median "${all[@]}") ms"
