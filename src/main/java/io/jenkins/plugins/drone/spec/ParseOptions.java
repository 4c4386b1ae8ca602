package io.jenkins.plugins.drone.spec;

import java.util.function.UnaryOperator;

/**
 * How {@link ManifestParser} reads a file for a build: the repository URL (clone or web link; it fills an empty
 * 0.8 workspace, docs/drone-semantics.md#legacy-conversion rule 3) and Drone's {@code ${...}} substitution, which for a 0.8 file runs after the
 * matrix expansion, as Drone's server converts before its runner substitutes.
 *
 * @param repositoryUrl the repository's clone URL or web link, "" when unknown
 * @param substitution  applied to the text before it is parsed (identity for {@code lint} and {@code convert})
 */
public record ParseOptions(String repositoryUrl, UnaryOperator<String> substitution) {

    /** No repository, no substitution: the file as written. */
    public static final ParseOptions AS_WRITTEN = new ParseOptions("", UnaryOperator.identity());

    /** The file as written, with a repository URL for the 0.8 workspace. */
    public static ParseOptions forRepository(String repositoryUrl) {
        return new ParseOptions(repositoryUrl, UnaryOperator.identity());
    }
}
