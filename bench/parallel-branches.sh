#!/usr/bin/env bash
# Parallel steps: a graph of B independent branches of S serial steps (`true` in drone-pipeline/busybox:test)
# against one such branch alone, both through the engine in one warm JVM (setup to cleanup; each run once as a
# warm-up first). The aim: the graph within 1.2x of its longest branch alone. Prints each round and the medians,
# and where the engine's time went in the last round (calls and milliseconds per engine call, graph then branch).
#
#   bench/parallel-branches.sh [B] [S] [ROUNDS]   (defaults 4, 5 and 3; needs scripts/build-test-images)
set -euo pipefail
branches=${1:-4}
steps=${2:-5}
rounds=${3:-3}
cd "$(dirname "$0")/.."

mvn -B -o -q test-compile >/dev/null
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

phases=$(mktemp)
graph_all=() alone_all=()
for r in $(seq "$rounds"); do
  read -r graph alone < <(java -cp "$cp" io.jenkins.plugins.drone.engine.EngineBench branches "$branches" "$steps" 2>"$phases")
  graph_all+=("$graph") alone_all+=("$alone")
  echo "round $r: $branches branches ${graph} ms, one branch ${alone} ms" >&2
done
graph_ms=$(printf '%s\n' "${graph_all[@]}" | median)
alone_ms=$(printf '%s\n' "${alone_all[@]}" | median)
echo "graph:       $branches branches of $steps steps, median ${graph_ms} ms"
echo "one branch:  $steps steps, median ${alone_ms} ms"
awk -v g="$graph_ms" -v a="$alone_ms" 'BEGIN { printf "ratio:       %.2f graph / one branch\n", g / a }'
echo "engine calls (last round, graph then one branch):"
cat "$phases"
rm -f "$phases"
