#!/usr/bin/env bash
# Exec pipelines vs docker pipelines: N trivial steps (`true`) run by `drone-pipeline exec` (JVM start, parse
# and plan included), once as `type: exec` (processes in a run directory, `--trusted`) and once as
# `type: docker` (containers of drone-pipeline/busybox:test). Rounds alternate; medians are printed.
#
#   bench/exec-vs-docker.sh [N] [ROUNDS]   (defaults 20 and 3; needs scripts/build-test-images)
set -euo pipefail
n=${1:-20}
rounds=${2:-3}
cd "$(dirname "$0")/.."

mvn -B -o -q compile >/dev/null
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/classes:$(cat target/bench.classpath)"

run() { # $1 = exec | docker; prints milliseconds
  local dir start end
  dir=$(mktemp -d)
  { echo 'kind: pipeline'; echo "type: $1"; echo 'name: bench'; echo 'clone: {disable: true}'; echo 'steps:'
    for i in $(seq "$n"); do
      printf -- '- name: s%d\n' "$i"
      [ "$1" = docker ] && printf -- '  image: drone-pipeline/busybox:test\n'
      printf -- '  commands: ["true"]\n'
    done
  } > "$dir/.drone.yml"
  start=$(date +%s%N)
  java -cp "$cp" io.jenkins.plugins.drone.cli.Main exec "$dir/.drone.yml" --workspace "$dir" --branch main --trusted \
    >/dev/null 2>&1
  end=$(date +%s%N)
  rm -rf "$dir"
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

exec_times=(); docker_times=()
for r in $(seq "$rounds"); do
  exec_times+=("$(run exec)")
  docker_times+=("$(run docker)")
done
e=$(printf '%s\n' "${exec_times[@]}" | median)
d=$(printf '%s\n' "${docker_times[@]}" | median)
echo "steps=$n rounds=$rounds load=$(cut -d' ' -f1 /proc/loadavg)"
echo "type: exec    ${e} ms total, $(( e / n )) ms per step (runs: ${exec_times[*]})"
echo "type: docker  ${d} ms total, $(( d / n )) ms per step (runs: ${docker_times[*]})"
