package io.jenkins.plugins.drone.jenkins.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * GitLab's deliveries ({@code X-Gitlab-Event}): a Push Hook builds {@code push}, a Tag Push Hook {@code tag}, a
 * Merge Request Hook opened, reopened or updated with new commits ({@code oldrev}) builds {@code pull_request}
 * at {@code refs/merge-requests/N/head}; deletions, other actions and other hooks build nothing.
 */
final class GitlabPayloads implements PayloadParser {


    @Override
    public String deliveryIdHeader() {
        return "X-Gitlab-Event-UUID";
    }

    @Override
    public ForgeDelivery parse(UnaryOperator<String> headers, JsonNode body) throws PayloadException {
        String name = PayloadParser.required(headers, "X-Gitlab-Event");
        JsonNode project = body.path("project");
        String slug = Json.text(project, "path_with_namespace");
        if (slug.isEmpty()) {
            throw new PayloadException("not a gitlab " + name + " payload: project.path_with_namespace is missing");
        }
        List<String> urls = List.of(Json.text(project, "git_http_url"), Json.text(project, "git_ssh_url"),
                Json.text(project, "web_url"));
        return switch (name.trim()) {
            case "Push Hook", "Tag Push Hook" -> push(body, slug, urls);
            case "Merge Request Hook" -> mergeRequest(body, slug, urls);
            default -> ForgeDelivery.ignore(slug, urls, "event " + name + " is not built");
        };
    }

    private static ForgeDelivery push(JsonNode body, String slug, List<String> urls) throws PayloadException {
        String ref = Json.text(body, "ref");
        String after = Json.first(Json.text(body, "checkout_sha"), Json.text(body, "after"));
        if (ref.isEmpty() || Json.text(body, "after").isEmpty()) {
            throw new PayloadException("not a gitlab push payload: ref or after is missing");
        }
        if (PayloadParser.commit(body, "after").isEmpty() || after.isEmpty()) {
            return ForgeDelivery.ignore(slug, urls, "deletion of " + ref);
        }
        JsonNode head = body.path("commits").path(0);
        for (JsonNode commit : body.path("commits")) {
            if (after.equals(Json.text(commit, "id"))) {
                head = commit;
            }
        }
        BuildEvent.Builder event = BuildEvent.builder().forge("gitlab").ref(ref).commit(after)
                .before(PayloadParser.commit(body, "before"))
                .message(Json.text(head, "message")).author(Json.text(body, "user_username"))
                .authorName(Json.first(Json.text(head, "author", "name"), Json.text(body, "user_name")))
                .authorEmail(Json.first(Json.text(head, "author", "email"), Json.text(body, "user_email")))
                .authorAvatar(Json.text(body, "user_avatar")).link(Json.text(head, "url"));
        return ForgeDelivery.push(slug, urls, ref, event);
    }

    private static ForgeDelivery mergeRequest(JsonNode body, String slug, List<String> urls) throws PayloadException {
        JsonNode mr = body.path("object_attributes");
        int number = Json.number(mr, "iid");
        String head = Json.text(mr, "last_commit", "id");
        if (number <= 0 || head.isEmpty()) {
            throw new PayloadException("not a gitlab merge request payload: object_attributes.iid or"
                    + " last_commit.id is missing");
        }
        String action = Json.text(mr, "action");
        String droneAction = switch (action) {
            case "open" -> "opened";
            case "reopen" -> "reopened";
            case "update" -> Json.text(mr, "oldrev").isEmpty() ? "" : "synchronized";
            default -> "";
        };
        if (droneAction.isEmpty()) {
            return ForgeDelivery.ignore(slug, urls, "merge request action " + action
                    + ("update".equals(action) ? " without new commits" : "") + " is not built");
        }
        String sourceRepo = Json.first(Json.text(mr, "source", "path_with_namespace"), slug);
        boolean fork = Json.number(mr, "source_project_id") != Json.number(mr, "target_project_id");
        BuildEvent event = BuildEvent.builder().forge("gitlab").event("pull_request").action(droneAction)
                .ref("refs/merge-requests/" + number + "/head").commit(head).before(Json.text(mr, "oldrev"))
                .branch(Json.text(mr, "target_branch")).sourceBranch(Json.text(mr, "source_branch"))
                .pullRequest(number).title(Json.text(mr, "title")).message(Json.text(mr, "title"))
                .fork(fork).sourceRepo(sourceRepo)
                .author(Json.text(body, "user", "username")).authorName(Json.text(body, "user", "name"))
                .authorEmail(Json.text(body, "user", "email")).authorAvatar(Json.text(body, "user", "avatar_url"))
                .link(Json.text(mr, "url")).build();
        return ForgeDelivery.build(slug, urls, event);
    }
}
