/**
 * The planner: a parsed {@code .drone.yml} plus a {@link io.jenkins.plugins.drone.plan.BuildContext} → a
 * {@link io.jenkins.plugins.drone.plan.Plan} saying which pipelines and entries run, in which order, with which
 * environment, and their predicted outcome. Pure functions, no Docker, no Jenkins.
 *
 * <p>Use: {@link io.jenkins.plugins.drone.plan.FilePlanner#plan} takes the raw file text and a build: it substitutes
 * {@code ${...}} with the build's variables, parses (converting a 0.8 file), lints and plans, as Drone's runner
 * does. {@link io.jenkins.plugins.drone.plan.Planner#plan} plans a manifest already parsed. A
 * {@link io.jenkins.plugins.drone.plan.PlanResult} without a plan carries the errors as {@code spec.Diagnostic}s.
 * {@link io.jenkins.plugins.drone.plan.PlanJson#write} prints the contract JSON (docs/architecture.md#plan-json).
 */
package io.jenkins.plugins.drone.plan;
