/**
 * Executes a planned pipeline ({@link io.jenkins.plugins.drone.plan.PipelinePlan}) as containers.
 *
 * <p>Callers (CLI {@code exec}, the Jenkins agent callable) do:
 * <pre>{@code
 * ContainerEngine engine = new DockerContainerEngine(DockerClients.create(null)); // one per process is enough
 * RunRequest request = RunRequest.builder(pipelinePlan)   // built where the secrets are (the controller)
 *         .context(buildContext)               // clone URL, ref, commit
 *         .secrets(name -> lookUp(name))       // only the names the pipeline uses are looked up
 *         .label("io.jenkins.drone.job", job).label("io.jenkins.drone.build", number)
 *         .timeout(Duration.ofMinutes(60))
 *         .build();                            // serialisable: send it to the agent as it is
 * PipelineRun run = PipelineRun.create(engine, request, event -> forward(PipelineEvents.toJson(event)));
 * PipelineResult result = run.execute();       // blocks; run.cancel() from any thread stops it
 * }</pre>
 * Everything a run creates carries {@link io.jenkins.plugins.drone.engine.Labels} and is removed before
 * {@code execute()} returns; {@link io.jenkins.plugins.drone.engine.docker.DockerJanitor} removes what a dead
 * process left behind.
 */
package io.jenkins.plugins.drone.engine;
