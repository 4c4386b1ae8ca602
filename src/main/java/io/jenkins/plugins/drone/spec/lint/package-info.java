/**
 * Drone's lint rules (docs/drone-semantics.md#linting), one class per rule, run by
 * {@link io.jenkins.plugins.drone.spec.lint.Linter} in Drone's order: file rules, server rules per pipeline, then
 * runner rules per pipeline, entry by entry. Rules report through {@link io.jenkins.plugins.drone.spec.lint.LintContext};
 * every problem is reported, not only the first. How to add one: docs/architecture.md#add-a-lint-rule.
 */
package io.jenkins.plugins.drone.spec.lint;
