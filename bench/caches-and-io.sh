#!/usr/bin/env bash
# Cache volumes and where I/O lands, measured with `drone-pipeline exec` on the local Docker:
#  (a) a step that "downloads" its dependencies (writes FILES files of 32 KiB) unless its cache volume already
#      holds them: first run (miss: fills and saves the cache), second run (hit: the cache is mounted as it is),
#      third run after Gemfile.lock changed (fallback: the newest gems-* cache is copied into the new key's volume);
#  (b) a database-like service (redis with appendonly and fsync on every write) taking N SETs, with its data
#      directory on a tmpfs and on the container's disk; the service's bytes written come from the engine's
#      per-step figures (Docker's block I/O counters).
# Prints the step times, the AOF size redis wrote and the engine's block-write figures (0 B where Docker's
# block I/O counters are not available, e.g. without the cgroup io controller).
#
#   bench/caches-and-io.sh [FILES] [N]   (defaults 5000 and 5000; needs scripts/build-test-images)
set -euo pipefail
files=${1:-5000}
n=${2:-5000}
cd "$(dirname "$0")/.."
cli="$PWD/bin/drone-pipeline"
work=$(mktemp -d)
trap 'docker volume ls -q --filter "label=io.jenkins.drone.cache.scope=exec $work" | while read -r v; do
        docker rm -f "$v-meta" >/dev/null 2>&1 || true; docker volume rm "$v" >/dev/null || true; done; rm -rf "$work"' EXIT

cat > "$work/.drone.yml" <<YAML
kind: pipeline
name: cache
steps:
- name: install
  image: drone-pipeline/busybox:test
  volumes:
  - name: gems
    path: /gems
  commands:
  - if [ -f /gems/done ]; then echo cached; exit 0; fi
  - i=0; while [ \$i -lt $files ]; do head -c 32768 /dev/urandom > /gems/f\$i; i=\$((i+1)); done
  - touch /gems/done
volumes:
- name: gems
  cache:
    key: gems
    files: [Gemfile.lock]
    fallback: gems-
YAML

# the install step's time and the run's wall time (JVM start, cache restore and save included)
timed() {
  local start end out
  start=$(date +%s.%N)
  out=$("$cli" exec "$1" --workspace "$work" ${2:-})
  end=$(date +%s.%N)
  echo "$out" | grep -E '^cache ' | sed 's/^/    /' || true
  echo "$out" | grep -E '^\[load:[0-9]+\] aof_' | sed 's/^\[load:[0-9]*\] /    /' || true
  # summary columns: STEP(24) STATUS(8) EXIT(5) TIME(9) PEAK MEM(10) READ(10) WRITTEN(10)
  echo "$out" | awk -v wall="$(echo "$end - $start" | bc)" '$1 == "install" || $1 == "db" || $1 == "load" {
      printf "    %-8s %s, written %s\n", $1, substr($0, 41, 9), substr($0, 73, 10) }
      END { printf "    run      %.1fs\n", wall }'
}

echo "Cache ($files files of 32 KiB = $((files * 32 / 1024)) MiB):"
echo "rake (13.0.6)" > "$work/Gemfile.lock"
echo "  miss";     timed "$work/.drone.yml"
echo "  hit";      timed "$work/.drone.yml"
echo "rake (13.1.0)" > "$work/Gemfile.lock"
echo "  fallback"; timed "$work/.drone.yml"

db() {
  cat > "$work/db.yml" <<YAML
kind: pipeline
name: db
clone:
  disable: true
services:
- name: db
  image: drone-pipeline/redis:test
  command: [redis-server, --appendonly, "yes", --appendfsync, always, --dir, /data, --save, "", --protected-mode, "no"]
  $1
steps:
- name: load
  image: drone-pipeline/redis:test
  commands:
  - sleep 1
  - i=0; while [ \$i -lt $n ]; do echo "SET key\$i value\$i"; i=\$((i+1)); done | redis-cli -h db > /dev/null
  - redis-cli -h db INFO persistence | grep -E '^aof_(enabled|current_size)'
YAML
  timed "$work/db.yml" --trusted
}
echo "Database-like service ($n fsync'd SETs):"
echo "  data on the container's disk"; db ""
echo "  data on tmpfs";                db "tmpfs: [/data:256m]"
