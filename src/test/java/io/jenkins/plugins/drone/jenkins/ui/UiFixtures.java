package io.jenkins.plugins.drone.jenkins.ui;

/** Pipeline files the UI tests build: each exercises one set of statuses the pages must show. */
final class UiFixtures {

    private UiFixtures() {}

    /**
     * Two pipelines: "backend" (serial, with a service, a coloured and HTML-looking log line, a step excluded
     * by {@code when: event}, a failing step and an {@code on-failure} step) and "docs" (a DAG: compile, then
     * unit and lint in parallel, then package, whose log of about 110 KB is more than the page loads at first).
     */
    static final String TWO_PIPELINES = """
            kind: pipeline
            name: backend
            services:
            - name: cache
              image: drone-pipeline/redis:test
            steps:
            - name: greet
              image: drone-pipeline/busybox:test
              commands:
              - printf '\\033[32mgreen hello\\033[0m and <b>not bold</b>\\n'
            - name: publish
              image: drone-pipeline/busybox:test
              commands: [echo never]
              when:
                event: [tag]
            - name: test
              image: drone-pipeline/busybox:test
              commands:
              - echo running tests
              - exit 3
            - name: report-failure
              image: drone-pipeline/busybox:test
              commands: [echo the tests failed]
              when:
                status: [failure]
            ---
            kind: pipeline
            name: docs
            steps:
            - name: compile
              image: drone-pipeline/busybox:test
              commands: [echo compiling]
            - name: unit
              image: drone-pipeline/busybox:test
              commands: [echo unit]
              depends_on: [compile]
            - name: lint
              image: drone-pipeline/busybox:test
              commands: [echo lint]
              depends_on: [compile]
            - name: package
              image: drone-pipeline/busybox:test
              commands: [seq 1 20000]
              depends_on: [unit, lint]
            """;

    /** One step that prints a numbered line every second for eight seconds. */
    static final String SLOW_STEP = """
            kind: pipeline
            name: slow
            steps:
            - name: count
              image: drone-pipeline/busybox:test
              commands:
              - for i in 1 2 3 4 5 6 7 8; do echo "line $i"; sleep 1; done
            """;
}
