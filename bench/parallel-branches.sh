#!/usr/bin/env bash
# Parallel steps: a graph of B independent branches of S serial steps (`true` in drone-pipeline/busybox:test)
# against one such branch alone, both through the engine in one warm JVM (setup to cleanup; each run once as a
# warm-up first). The aim: the graph within 1.2x of its longest branch alone. For comparison, the same shape with
# `docker run --rm` on a network and a volume: B loops of S runs in parallel against one loop alone (what Docker
# itself allows). Prints each round and the medians, and where the engine's time went in the last round (calls
# and milliseconds per engine call, graph then branch).
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
image=drone-pipeline/busybox:test
docker_loops() { # $1 parallel loops of $steps docker runs; prints the milliseconds
  local id=bench-par-$$ start end
  start=$(date +%s%N)
  docker network create "$id" >/dev/null
  docker volume create "$id" >/dev/null
  for _ in $(seq "$1"); do
    ( for _ in $(seq "$steps"); do docker run --rm --network "$id" -v "$id:/drone/src" "$image" true; done ) &
  done
  wait
  docker volume rm "$id" >/dev/null
  docker network rm "$id" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

phases=$(mktemp)
graph_all=() alone_all=() dgraph_all=() dalone_all=()
for r in $(seq "$rounds"); do
  read -r graph alone < <(java -cp "$cp" io.jenkins.plugins.drone.engine.EngineBench branches "$branches" "$steps" 2>"$phases")
  graph_all+=("$graph") alone_all+=("$alone")
  dgraph_all+=("$(docker_loops "$branches")") dalone_all+=("$(docker_loops 1)")
  echo "round $r: $branches branches ${graph} ms, one branch ${alone} ms;" \
    "docker run: $branches loops ${dgraph_all[-1]} ms, one loop ${dalone_all[-1]} ms" >&2
done
graph_ms=$(printf '%s\n' "${graph_all[@]}" | median)
alone_ms=$(printf '%s\n' "${alone_all[@]}" | median)
echo "graph:       $branches branches of $steps steps, median ${graph_ms} ms"
echo "one branch:  $steps steps, median ${alone_ms} ms"
dgraph_ms=$(printf '%s\n' "${dgraph_all[@]}" | median)
dalone_ms=$(printf '%s\n' "${dalone_all[@]}" | median)
echo "docker run:  $branches parallel loops median ${dgraph_ms} ms, one loop median ${dalone_ms} ms"
awk -v g="$graph_ms" -v a="$alone_ms" -v dg="$dgraph_ms" -v da="$dalone_ms" \
  'BEGIN { printf "ratio:       %.2f graph / one branch (docker run: %.2f)\n", g / a, dg / da }'
echo "engine calls (last round, graph then one branch):"
cat "$phases"
rm -f "$phases"
