package io.jenkins.plugins.drone.spec;

import java.util.List;

/** A whole {@code .drone.yml}: its documents in file order; {@code legacy} when it was converted from 0.8. */
public record Manifest(String file, List<Document> documents, boolean legacy) {

    public Manifest {
        documents = List.copyOf(documents);
    }

    /** The resources that parsed, in file order. */
    public List<Resource> resources() {
        return documents.stream().map(Document::resource).filter(r -> r != null).toList();
    }

    /** The {@code kind: pipeline} documents, in file order. */
    public List<Pipeline> pipelines() {
        return ofKind(Pipeline.class);
    }

    public List<Secret> secrets() {
        return ofKind(Secret.class);
    }

    public List<Signature> signatures() {
        return ofKind(Signature.class);
    }

    private <T extends Resource> List<T> ofKind(Class<T> type) {
        return resources().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
