/**
 * The {@link io.jenkins.plugins.drone.engine.ContainerEngine} of exec pipelines (docs/pipelines.md#exec-pipelines):
 * {@link io.jenkins.plugins.drone.engine.process.ProcessEngine} runs each step's commands as a process on this
 * machine, in a per-run directory ({@link io.jenkins.plugins.drone.engine.process.RunDirectory}), and kills a step's
 * whole process tree ({@link io.jenkins.plugins.drone.engine.process.HostProcess}). Knows neither Docker nor the plan.
 */
package io.jenkins.plugins.drone.engine.process;
