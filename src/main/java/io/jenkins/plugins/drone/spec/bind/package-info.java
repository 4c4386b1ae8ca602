/**
 * YAML tree → model: {@link io.jenkins.plugins.drone.spec.bind.ResourceBinder} binds each document by its
 * {@code kind}, {@link io.jenkins.plugins.drone.spec.bind.PipelineBinder} and
 * {@link io.jenkins.plugins.drone.spec.bind.StepBinder} the pipeline and its entries, with conditions, environment
 * and sizes. Every wrong type or unknown key becomes a {@code Diagnostic} at its position, with a "did you mean" for
 * near misses ({@link io.jenkins.plugins.drone.spec.bind.Suggestions}). Internal to the parser.
 */
package io.jenkins.plugins.drone.spec.bind;
