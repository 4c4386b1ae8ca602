/**
 * The planner: a parsed {@code .drone.yml} plus a {@link io.jenkins.plugins.drone.plan.BuildContext} → a
 * {@link io.jenkins.plugins.drone.plan.Plan} saying which pipelines and entries run, in which order, with which
 * environment, and their predicted outcome. Pure functions, no Docker, no Jenkins.
 *
 * <p>Use: substitute the raw text with {@link io.jenkins.plugins.drone.plan.BuildVariables#of}, parse it with
 * {@code spec.ManifestParser}, then {@link io.jenkins.plugins.drone.plan.Planner#plan}; a
 * {@link io.jenkins.plugins.drone.plan.PlanResult} without plan carries the errors as {@code spec.Diagnostic}s.
 * {@link io.jenkins.plugins.drone.plan.PlanJson#write} prints the contract JSON.
 */
package io.jenkins.plugins.drone.plan;
