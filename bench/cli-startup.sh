#!/usr/bin/env bash
# Times `bin/drone-pipeline lint` and `plan` of a typical file against a bare `java` start of a hello-world
# with the flags that start it fastest (C1, serial collector, the JDK's own class-data archive), alternating the
# commands, and prints medians and ratios of the wall time and, when `perf` works, of the CPU time (all threads),
# which a busy machine disturbs less.
#   bench/cli-startup.sh [RUNS] [FILE]      (defaults: 20, docs/examples/sample-app/.drone.yml)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
file=${2:-docs/examples/sample-app/.drone.yml}
[ -f target/drone-pipeline.jar ] || mvn -B -q -o package -DskipTests -DskipCompatCheck=true
hello=target/bench/hello
mkdir -p "$hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$hello/Hello.java"
javac -d "$hello" "$hello/Hello.java"
bin/drone-pipeline --version >/dev/null # makes the class-data archive if this jar and JDK have none yet

names=("java hello-world" "lint" "plan")
commands=(
  "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -cp $hello Hello"
  "bin/drone-pipeline lint $file"
  "bin/drone-pipeline plan $file --branch main"
)
perf stat -x, -e task-clock true >/dev/null 2>&1 && cpu=yes || cpu=
declare -A samples cpu_samples
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    ${commands[$i]} >/dev/null 2>&1 || true
    samples[$i]+="$(( ($(date +%s%N) - start) / 1000 )) "
    if [ -n "$cpu" ]; then # CPU time in µs, from a second run of the command
      cpu_samples[$i]+="$(perf stat -x, -e task-clock ${commands[$i]} 2>&1 >/dev/null \
        | awk -F, '/task-clock/ {printf "%d", $1 * 1000}') "
    fi
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base=$(echo "${samples[0]}" | median)
cpu_base=$(echo "${cpu_samples[0]:-1}" | median)
printf '%-18s %10s %8s %10s %8s\n' command "median ms" ratio "cpu ms" ratio
for i in "${!commands[@]}"; do
  m=$(echo "${samples[$i]}" | median)
  c=$(echo "${cpu_samples[$i]:-0}" | median)
  awk -v n="${names[$i]}" -v m="$m" -v b="$base" -v c="$c" -v cb="$cpu_base" \
    'BEGIN {printf "%-18s %10.1f %8.2f %10.1f %8.2f\n", n, m / 1000, m / b, c / 1000, c / cb}'
done
echo "($runs runs each, alternating; load: $(cut -d' ' -f1-3 /proc/loadavg))"
