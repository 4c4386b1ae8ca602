/**
 * Freestyle job {@code config.xml} → {@code .drone.yml}: a layer beside {@code cli} that may use only {@code spec},
 * pure Java (no Hudson types), shared by the
 * {@code convert-job} command and the Jenkins "Convert to .drone.yml" action. Entry point:
 * {@link io.jenkins.plugins.drone.freestyle.FreestyleConverter#convert(String, Options)} returns a
 * {@link io.jenkins.plugins.drone.freestyle.Conversion} (YAML text + warnings) or throws
 * {@link io.jenkins.plugins.drone.freestyle.InvalidJobConfigException} (with line and column) for input
 * that is not a well-formed freestyle job. The rules are described in {@code docs/migration.md}.
 */
package io.jenkins.plugins.drone.freestyle;
