#!/usr/bin/env bash
# Engine overhead vs plain `docker run`: N trivial steps (`true` in drone-pipeline/busybox:test), run
#  (a) by the engine (serial pipeline, per-run network + workspace volume, setup to cleanup), and
#  (b) by a shell loop of `docker run --rm` on a network and a volume, like Drone's runner does.
# Prints both wall times and the ratio engine/docker-run (below 1 = the engine is faster).
#
#   bench/engine-vs-docker-run.sh [N]      (default 20; needs scripts/build-test-images to have run)
set -euo pipefail
n=${1:-20}
cd "$(dirname "$0")/.."
image=drone-pipeline/busybox:test

mvn -B -o -q test-compile >/dev/null
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"

engine_ms=$(java -cp "$cp" io.jenkins.plugins.drone.engine.EngineBench "$n")

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
docker run --rm "$image" true # warm-up, as the engine run has one
docker_ms=$(docker_run)

echo "steps:       $n"
echo "engine:      ${engine_ms} ms ($(( engine_ms / n )) ms/step)"
echo "docker run:  ${docker_ms} ms ($(( docker_ms / n )) ms/step)"
awk -v e="$engine_ms" -v d="$docker_ms" 'BEGIN { printf "ratio:       %.2f (engine / docker run)\n", e / d }'
