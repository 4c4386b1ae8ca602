package io.jenkins.plugins.drone.jenkins.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * GitHub's deliveries ({@code X-GitHub-Event}): {@code push} to a branch builds {@code push}, to
 * {@code refs/tags/*} builds {@code tag}; {@code pull_request} opened, synchronize or reopened builds
 * {@code pull_request} at {@code refs/pull/N/head}; deletions, pings, other actions and other events build
 * nothing (docs/forges.md). Gitea and Forgejo send the same shapes, under their own header names.
 */
final class GithubPayloads implements PayloadParser {

    /** The parser of GitHub (incl. Enterprise Server). */
    static final GithubPayloads GITHUB = new GithubPayloads("github", "X-GitHub-Event", "X-GitHub-Delivery");

    private static final List<String> BUILT_ACTIONS = List.of("opened", "synchronize", "synchronized", "reopened");

    private final String forge;
    private final String eventHeader;
    private final String deliveryHeader;

    GithubPayloads(String forge, String eventHeader, String deliveryHeader) {
        this.forge = forge;
        this.eventHeader = eventHeader;
        this.deliveryHeader = deliveryHeader;
    }

    @Override
    public String deliveryIdHeader() {
        return deliveryHeader;
    }

    @Override
    public ForgeDelivery parse(UnaryOperator<String> headers, JsonNode body) throws PayloadException {
        String name = PayloadParser.required(headers, eventHeader);
        JsonNode repo = body.path("repository");
        String slug = Json.text(repo, "full_name");
        if (slug.isEmpty() && !"ping".equals(name)) {
            throw new PayloadException("not a " + forge + " " + name + " payload: repository.full_name is missing");
        }
        List<String> urls = List.of(Json.text(repo, "clone_url"), Json.text(repo, "ssh_url"),
                Json.text(repo, "html_url"));
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "push" -> push(body, slug, urls);
            case "pull_request" -> pullRequest(body, slug, urls);
            case "ping" -> ForgeDelivery.ignore(slug, urls, "ping");
            case "delete" -> ForgeDelivery.ignore(slug, urls, "deletion of " + Json.text(body, "ref"));
            default -> ForgeDelivery.ignore(slug, urls, "event " + name + " is not built");
        };
    }

    private ForgeDelivery push(JsonNode body, String slug, List<String> urls) throws PayloadException {
        String ref = Json.text(body, "ref");
        String after = Json.text(body, "after");
        if (ref.isEmpty() || after.isEmpty()) {
            throw new PayloadException("not a " + forge + " push payload: ref or after is missing");
        }
        if (body.path("deleted").asBoolean(false) || PayloadParser.commit(body, "after").isEmpty()) {
            return ForgeDelivery.ignore(slug, urls, "deletion of " + ref);
        }
        JsonNode head = headCommit(body, after);
        BuildEvent.Builder event = BuildEvent.builder().forge(forge).ref(ref).commit(after)
                .before(PayloadParser.commit(body, "before"))
                .message(Json.text(head, "message"))
                .author(Json.first(Json.text(head, "author", "username"), Json.text(body, "sender", "login")))
                .authorName(Json.first(Json.text(head, "author", "name"), Json.text(body, "pusher", "name")))
                .authorEmail(Json.first(Json.text(head, "author", "email"), Json.text(body, "pusher", "email")))
                .authorAvatar(Json.text(body, "sender", "avatar_url"))
                .link(Json.first(Json.text(body, "compare"), Json.text(body, "compare_url"), Json.text(head, "url")));
        return ForgeDelivery.push(slug, urls, ref, event);
    }

    /** {@code head_commit}, else the pushed commit among {@code commits}, else the last of them. */
    private static JsonNode headCommit(JsonNode body, String after) {
        if (body.path("head_commit").isObject()) {
            return body.path("head_commit");
        }
        JsonNode last = body.path("head_commit");
        for (JsonNode commit : body.path("commits")) {
            if (after.equals(Json.text(commit, "id"))) {
                return commit;
            }
            last = commit;
        }
        return last;
    }

    private ForgeDelivery pullRequest(JsonNode body, String slug, List<String> urls) throws PayloadException {
        JsonNode pr = body.path("pull_request");
        int number = Json.number(body, "number") > 0 ? Json.number(body, "number") : Json.number(pr, "number");
        String head = Json.text(pr, "head", "sha");
        if (number <= 0 || head.isEmpty()) {
            throw new PayloadException("not a " + forge + " pull_request payload: number or pull_request.head.sha"
                    + " is missing");
        }
        String action = Json.text(body, "action");
        if (!BUILT_ACTIONS.contains(action)) {
            return ForgeDelivery.ignore(slug, urls, "pull request action " + action + " is not built");
        }
        String sourceRepo = Json.text(pr, "head", "repo", "full_name");
        BuildEvent event = BuildEvent.builder().forge(forge).event("pull_request")
                .action(action.startsWith("synchronize") ? "synchronized" : action)
                .ref("refs/pull/" + number + "/head").commit(head).before(Json.text(pr, "base", "sha"))
                .branch(Json.text(pr, "base", "ref")).sourceBranch(Json.text(pr, "head", "ref"))
                .pullRequest(number).title(Json.text(pr, "title")).message(Json.text(pr, "title"))
                .fork(!sourceRepo.isEmpty() && !sourceRepo.equalsIgnoreCase(slug)).sourceRepo(sourceRepo)
                .author(Json.text(pr, "user", "login")).authorAvatar(Json.text(pr, "user", "avatar_url"))
                .authorEmail(Json.text(pr, "user", "email"))
                .link(Json.text(pr, "html_url")).build();
        return ForgeDelivery.build(slug, urls, event);
    }
}
