/**
 * {@code .drone.yml} → validated, immutable model, with diagnostics a person can act on. Pure Java: no Docker,
 * no Hudson. Entry points for other packages:
 * <ul>
 *   <li>{@link io.jenkins.plugins.drone.spec.ManifestParser#parse(String, String)} (or {@code byte[]}, a
 *       {@code Path}, or with the repository URL for 0.8 workspaces):
 *       {@link io.jenkins.plugins.drone.spec.ParseResult} = {@link io.jenkins.plugins.drone.spec.Manifest} +
 *       diagnostics; never throws; 0.8 files are converted on the way.</li>
 *   <li>{@link io.jenkins.plugins.drone.spec.lint.Linter#lint(Manifest, boolean)} and
 *       {@link io.jenkins.plugins.drone.spec.lint.Linter#check(String, String, boolean)} (parse + lint).</li>
 *   <li>{@link io.jenkins.plugins.drone.spec.Diagnostic#format()}: the one {@code FILE:LINE:COL: message} form.</li>
 *   <li>{@link io.jenkins.plugins.drone.spec.Condition#matches(String)}, {@link io.jenkins.plugins.drone.spec.Glob},
 *       {@link io.jenkins.plugins.drone.spec.Substitution#apply(String, java.util.Map)},
 *       {@link io.jenkins.plugins.drone.spec.Signer}, {@link io.jenkins.plugins.drone.spec.GoFloat}.</li>
 *   <li>{@link io.jenkins.plugins.drone.spec.print.ManifestPrinter} and
 *       {@link io.jenkins.plugins.drone.spec.legacy.LegacyConverter} for {@code convert}.</li>
 * </ul>
 * Sub-packages {@code yaml} (splitting, YAML 1.1 node reading) and {@code bind} (YAML tree → model) are
 * internals of the parser.
 */
package io.jenkins.plugins.drone.spec;
