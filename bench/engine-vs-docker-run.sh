#!/usr/bin/env bash
# Engine overhead vs plain `docker run`: N trivial steps (`true` in drone-pipeline/busybox:test), run
#  (a) by the engine (serial pipeline, per-run network + workspace volume, setup to cleanup), timed inside
#      one JVM by a test-scope driver,
#  (b) by `drone-pipeline exec` on a generated .drone.yml, timed from the outside (JVM start, parse and plan
#      included; the workspace is a host directory there, as with `drone exec`), and
#  (c) by a shell loop of `docker run --rm` on a network and a volume, like Drone's runner does.
# Prints the wall times and the ratios to docker run (below 1 = faster than docker run), and where the engine's
# time went in its last round: calls and milliseconds per engine call (create includes the image check, logs
# runs from start to the end of the output; calls made ahead or in the background are counted too).
#
#   bench/engine-vs-docker-run.sh [N] [ROUNDS]   (defaults 20 and 3; needs scripts/build-test-images)
#
# They are run alternately ROUNDS times and the medians compared, because the Docker host is shared
# and its load changes from one minute to the next.
#
# What to expect: per step, Docker's start (joining the network) dominates, ~400 ms on the shared 2-core
# host; the engine takes create and remove off the critical path (created ahead, removed in the background),
# which pays when the host has idle CPU (0.63 of docker run measured at low load) and is a wash when the
# CPUs are saturated by other builds (0.96-1.17 measured at load 10-20).
set -euo pipefail
n=${1:-20}
rounds=${2:-3}
cd "$(dirname "$0")/.."
image=drone-pipeline/busybox:test

mvn -B -o -q test-compile >/dev/null
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"


exec_run() {
  local dir start end
  dir=$(mktemp -d)
  { echo 'kind: pipeline'; echo 'type: docker'; echo 'name: bench'; echo 'clone: {disable: true}'; echo 'steps:'
    for i in $(seq "$n"); do printf -- '- name: s%d\n  image: %s\n  command: ["true"]\n' "$i" "$image"; done
  } > "$dir/.drone.yml"
  start=$(date +%s%N)
  java -cp "$cp" io.jenkins.plugins.drone.cli.Main exec "$dir/.drone.yml" --workspace "$dir" --branch main >/dev/null 2>&1
  end=$(date +%s%N)
  rm -rf "$dir"
  echo $(( (end - start) / 1000000 ))
}

docker_run() {
  local id=bench-$$ start end
  start=$(date +%s%N)
  docker network create "$id" >/dev/null
  docker volume create "$id" >/dev/null
  for _ in $(seq "$n"); do
    docker run --rm --network "$id" -v "$id:/drone/src" -w /drone/src "$image" true
  done
  docker volume rm "$id" >/dev/null
  docker network rm "$id" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

docker run --rm "$image" true # warm-up, as the engine run has one
phases=$(mktemp)
engine_all=() exec_all=() docker_all=()
for r in $(seq "$rounds"); do
  engine_all+=("$(java -cp "$cp" io.jenkins.plugins.drone.engine.EngineBench "$n" 2>"$phases")")
  exec_all+=("$(exec_run)")
  docker_all+=("$(docker_run)")
  echo "round $r: engine ${engine_all[-1]} ms, exec ${exec_all[-1]} ms, docker run ${docker_all[-1]} ms" >&2
done
engine_ms=$(printf '%s\n' "${engine_all[@]}" | median)
exec_ms=$(printf '%s\n' "${exec_all[@]}" | median)
docker_ms=$(printf '%s\n' "${docker_all[@]}" | median)

echo "steps:       $n"
echo "engine:      median ${engine_ms} ms ($(( engine_ms / n )) ms/step)"
echo "exec:        median ${exec_ms} ms ($(( exec_ms / n )) ms/step, JVM start included)"
echo "docker run:  median ${docker_ms} ms ($(( docker_ms / n )) ms/step)"
awk -v e="$engine_ms" -v x="$exec_ms" -v d="$docker_ms" \
  'BEGIN { printf "ratio:       %.2f engine / docker run, %.2f exec / docker run\n", e / d, x / d }'
echo "engine calls (last round):"
cat "$phases"
rm -f "$phases"
