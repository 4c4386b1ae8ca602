#!/usr/bin/env python3
"""Times Drone pipeline builds in a running Jenkins/Hudson: starts N builds of a job one after another and
reports, from each build's api/json, the time from the build's start to its first container and the mean
per-step wall time, to compare with `drone-pipeline exec` of the same file (bench/engine-vs-docker-run.sh).

    bench/jenkins-build-timing.py http://127.0.0.1:8080/job/sample [N]

Needs only the Python standard library; security must be off or allow anonymous builds (bin/start-hudson).
"""
import json
import sys
import time
import urllib.request


def get(url):
    with urllib.request.urlopen(url) as response:
        return json.load(response)


def build_and_wait(job):
    before = get(job + "/api/json?tree=lastBuild[number]")["lastBuild"]
    last = before["number"] if before else 0
    urllib.request.urlopen(urllib.request.Request(job + "/buildWithParameters", method="POST")).close()
    while True:
        time.sleep(0.5)
        b = get(job + "/lastBuild/api/json")
        if b["number"] > last and not b["building"]:
            return b


def main():
    job = sys.argv[1].rstrip("/")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print("build  result    total   start->1st container   steps   mean step wall")
    for _ in range(n):
        b = build_and_wait(job)
        steps = [s for p in b["pipelines"] for s in p["steps"] if s["startedMillis"] and s["kind"] != "clone"]
        first = min(s["startedMillis"] for s in steps) - b["timestamp"]
        mean = sum(s["durationMillis"] for s in steps) / len(steps)
        print(f"#{b['number']:<5} {b['result']:<8} {b['duration']/1000:6.1f}s {first/1000:14.2f}s {len(steps):10d} {mean/1000:12.2f}s")


if __name__ == "__main__":
    main()
