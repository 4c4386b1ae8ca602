package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Cron;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Manifest;
import io.jenkins.plugins.drone.spec.Registry;
import io.jenkins.plugins.drone.spec.Resource;
import io.jenkins.plugins.drone.spec.Secret;
import io.jenkins.plugins.drone.spec.Signature;
import java.util.List;

/**
 * drone-yaml's {@code Validate} of non-pipeline documents (docs/drone-semantics.md#non-pipeline-documents), with its
 * messages.
 */
public final class ResourceValidityRule implements ManifestRule {

    @Override
    public void check(Manifest manifest, List<Diagnostic> found) {
        for (Resource r : manifest.resources()) {
            String problem = problem(r);
            if (problem != null) {
                found.add(Diagnostic.error(r.position(), problem));
            }
        }
    }

    private static String problem(Resource r) {
        if (r instanceof Secret s && s.data().isEmpty() && s.get().path().isEmpty() && s.get().name().isEmpty()) {
            return "yaml: invalid secret resource (give `data` or `get: {path, name}`)";
        }
        if (r instanceof Registry reg && reg.data().isEmpty()) {
            return "yaml: invalid registry resource";
        }
        if (r instanceof Signature sig && sig.hmac().isEmpty()) {
            return "yaml: invalid signature. missing hash";
        }
        if (r instanceof Cron c && c.branch().isEmpty()) {
            return "yaml: invalid cron branch";
        }
        return null;
    }
}
