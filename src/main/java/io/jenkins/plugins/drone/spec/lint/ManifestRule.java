package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Manifest;
import java.util.List;

/** A rule about the documents of a file that are not pipelines (secrets, signatures...). */
public interface ManifestRule {

    void check(Manifest manifest, List<Diagnostic> found);
}
