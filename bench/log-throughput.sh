#!/usr/bin/env bash
# Log throughput of a real build: one step prints MB megabytes (100-byte lines, `yes … | head`) in a Drone
# pipeline job of a real Hudson 1.395 with the plugin and a real agent (bin/start-hudson on PORT), once with
# the log limit off (every byte travels agent -> controller -> step log and console) and once with the
# default limit (20 MB kept); and the same command under `docker run --rm` printing to /dev/null. Prints the
# wall times, the ratio to docker run, and the resident memory (RSS) of the controller and agent JVMs before
# and after each build.
#
#   bench/log-throughput.sh [MB]   (default 200; PORT=8181; needs Docker, builds and starts Hudson in work/)
#
# The build's time is its api/json duration (start to result); docker run's is wall time of the command.
set -euo pipefail
mb=${1:-200}
port=${PORT:-8181}
cd "$(dirname "$0")/.."
here=$(pwd)
url="http://127.0.0.1:$port"
image=drone-pipeline/busybox:test
line=$(printf '%099d' 0 | tr 0 x)
cmd="yes $line | head -n $(( mb * 1000000 / 100 ))"

ms() { date +%s%3N; }
rss() { ps -o rss= -p "$1" | awk '{ printf "%d MB", $1 / 1024 }'; }
groovy() { curl -fsS -X POST --data-urlencode "script=$1" "$url/scriptText"; }

start=$(ms); docker run --rm "$image" sh -c "$cmd" > /dev/null; docker_ms=$(( $(ms) - start ))

mkdir -p target
PORT=$port bin/start-hudson > target/log-throughput-hudson.log 2>&1 &
controller=$!
trap 'kill "$controller" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [ "$(curl -fs "$url/computer/agent-1/api/json" 2>/dev/null | grep -o '"offline":false')" ] && break
  sleep 1
done
agent=$(pgrep -f -n "$here/work/slave.jar")

repo=$(mktemp -d)
git -C "$repo" init -q -b main
printf 'kind: pipeline\nclone: {disable: true}\nsteps:\n- name: flood\n  image: %s\n  commands:\n  - %s\n' \
  "$image" "$cmd" > "$repo/.drone.yml"
git -C "$repo" add .drone.yml && git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -qm bench
sed -e "s|@REPO_URL@|$repo|" -e "s|@BRANCH@|main|" docs/examples/job-config.xml > "$repo.xml"
if curl -fs -o /dev/null "$url/job/log-throughput/api/json"; then # from an earlier run: point it at the new file
  curl -fsS -X POST -H 'Content-Type: application/xml' --data-binary @"$repo.xml" "$url/job/log-throughput/config.xml"
else
  curl -fsS -X POST -H 'Content-Type: application/xml' --data-binary @"$repo.xml" "$url/createItem?name=log-throughput"
fi

build() { # limit in MB -> one result line
  groovy "def s = io.jenkins.plugins.drone.jenkins.config.DroneSettings.get(); s.@logLimitMegabytes = $1; s.save()"
  local before_c before_a number
  before_c=$(rss "$controller"); before_a=$(rss "$agent")
  number=$(( $(curl -fs "$url/job/log-throughput/api/json" | grep -o '"nextBuildNumber":[0-9]*' | cut -d: -f2) ))
  curl -fsS -X POST "$url/job/log-throughput/buildWithParameters" -o /dev/null
  until curl -fs "$url/job/log-throughput/$number/api/json" 2>/dev/null | grep -q '"building":false'; do sleep 1; done
  local json duration
  json=$(curl -fs "$url/job/log-throughput/$number/api/json")
  duration=$(echo "$json" | grep -o '"duration":[0-9]*' | cut -d: -f2)
  printf '%-22s %8d ms  ratio %5.2f  controller %s -> %s  agent %s -> %s  (build #%s, %s)\n' \
    "limit ${1} MB (0 = off)" "$duration" "$(echo "$duration / $docker_ms" | bc -l)" "$before_c" \
    "$(rss "$controller")" "$before_a" "$(rss "$agent")" "$number" "$(echo "$json" | grep -o '"result":"[A-Z]*"')"
}

echo "$mb MB of output, 100-byte lines"
printf '%-22s %8d ms\n' "docker run --rm" "$docker_ms"
build 0
build 20
