package io.jenkins.plugins.drone.spec.bind;

import io.jenkins.plugins.drone.spec.Cron;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Position;
import io.jenkins.plugins.drone.spec.Registry;
import io.jenkins.plugins.drone.spec.Resource;
import io.jenkins.plugins.drone.spec.Secret;
import io.jenkins.plugins.drone.spec.Signature;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.List;
import java.util.Set;

/**
 * Binds one document by its {@code kind} (docs/drone-semantics.md#resource-kinds); a document without a kind is
 * Drone's fatal error.
 */
public final class ResourceBinder {

    private static final Set<String> KINDS = Set.of("pipeline", "secret", "signature", "registry", "cron");

    private ResourceBinder() {}

    /** The resource, or null when the document cannot be one (the reason is in {@code problems}). */
    public static Resource bind(YamlValue root, Position start, List<Diagnostic> problems) {
        if (!(root instanceof YamlValue.Mapping map)) {
            problems.add(Diagnostic.error(root == null ? start : root.position(),
                    "yaml: missing kind attribute (a document must be a map with `kind: pipeline`, `secret` or `signature`)"));
            return null;
        }
        YamlValue kind = map.get("kind");
        if (!(kind instanceof YamlValue.Scalar k) || k.isNull() || k.text().isEmpty()) {
            problems.add(Diagnostic.error(map.position(), "yaml: missing kind attribute"));
            return null;
        }
        return switch (k.text()) {
            case "pipeline" -> PipelineBinder.bind(root, problems);
            case "secret" -> secret(root, problems);
            case "signature" -> signature(root, problems);
            case "registry" -> registry(root, problems);
            case "cron" -> cron(root, problems);
            default -> {
                String hint = Suggestions.closest(k.text(), KINDS);
                problems.add(Diagnostic.error(k.position(), "unsupported kind `" + k.text() + "`"
                        + (hint == null ? " (expected pipeline, secret or signature)" : " (did you mean `" + hint + "`?)")));
                yield null;
            }
        };
    }

    private static Secret secret(YamlValue root, List<Diagnostic> problems) {
        Fields f = Fields.of(root, "the secret", Set.of("kind", "version", "type", "name", "data", "get"), problems);
        Fields get = f.child("get", "`get` of the secret", Set.of("path", "name", "key"));
        return new Secret(f.string("kind"), f.string("name"), f.string("data"),
                new Secret.Get(get.string("path"), get.string("name"), get.string("key")), f.position());
    }

    private static Signature signature(YamlValue root, List<Diagnostic> problems) {
        Fields f = Fields.of(root, "the signature", Set.of("kind", "version", "hmac"), problems);
        return new Signature(f.string("kind"), f.string("hmac"), f.position());
    }

    private static Registry registry(YamlValue root, List<Diagnostic> problems) {
        Fields f = Fields.of(root, "the registry", Set.of("kind", "version", "type", "data"), problems);
        return new Registry(f.string("kind"), f.string("type"), f.stringMap("data"), f.position());
    }

    private static Cron cron(YamlValue root, List<Diagnostic> problems) {
        Fields f = Fields.of(root, "the cron job", Set.of("kind", "version", "name", "spec"), problems);
        Fields spec = f.child("spec", "`spec` of the cron job", Set.of("schedule", "branch", "deployment"));
        Fields deployment = spec.child("deployment", "`deployment` of the cron job", Set.of("target"));
        return new Cron(f.string("kind"), f.string("version"), f.string("name"), spec.string("schedule"), spec.string("branch"),
                deployment.string("target"), f.position());
    }
}
