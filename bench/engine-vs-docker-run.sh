#!/usr/bin/env bash
# Engine overhead vs plain `docker run`: N trivial steps (`true` in drone-pipeline/busybox:test), run
#  (a) by the engine (serial pipeline, per-run network + workspace volume, setup to cleanup), and
#  (b) by a shell loop of `docker run --rm` on a network and a volume, like Drone's runner does.
# Prints both wall times and the ratio engine/docker-run (below 1 = the engine is faster).
#
#   bench/engine-vs-docker-run.sh [N] [ROUNDS]   (defaults 20 and 3; needs scripts/build-test-images)
#
# The two are run alternately ROUNDS times and the medians compared, because the Docker host is shared
# and its load changes from one minute to the next.
set -euo pipefail
n=${1:-20}
rounds=${2:-3}
cd "$(dirname "$0")/.."
image=drone-pipeline/busybox:test

mvn -B -o -q test-compile >/dev/null
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"


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
engine_all=() docker_all=()
for r in $(seq "$rounds"); do
  engine_all+=("$(java -cp "$cp" io.jenkins.plugins.drone.engine.EngineBench "$n" 2>/dev/null)")
  docker_all+=("$(docker_run)")
  echo "round $r: engine ${engine_all[-1]} ms, docker run ${docker_all[-1]} ms" >&2
done
engine_ms=$(printf '%s\n' "${engine_all[@]}" | median)
docker_ms=$(printf '%s\n' "${docker_all[@]}" | median)

echo "steps:       $n"
echo "engine:      median ${engine_ms} ms ($(( engine_ms / n )) ms/step)"
echo "docker run:  median ${docker_ms} ms ($(( docker_ms / n )) ms/step)"
awk -v e="$engine_ms" -v d="$docker_ms" 'BEGIN { printf "ratio:       %.2f (engine / docker run)\n", e / d }'
