package io.jenkins.plugins.drone.jenkins.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bitbucket's deliveries ({@code X-Event-Key}). Cloud: {@code repo:push} builds the first change's branch
 * ({@code push}) or tag ({@code tag}); {@code pullrequest:created} and {@code :updated} build
 * {@code pull_request} from the source branch (Cloud has no pull request refs). Data Center:
 * {@code repo:refs_changed} likewise, and {@code pr:opened} / {@code pr:from_ref_updated} at
 * {@code refs/pull-requests/N/from}. Deletions, pings and other events build nothing.
 */
final class BitbucketPayloads implements PayloadParser {

    private static final Pattern RAW_AUTHOR = Pattern.compile("^(.*?)\\s*<([^>]*)>\\s*$");

    @Override
    public String deliveryIdHeader() {
        return "X-Request-UUID";
    }

    @Override
    public ForgeDelivery parse(UnaryOperator<String> headers, JsonNode body) throws PayloadException {
        String name = PayloadParser.required(headers, "X-Event-Key");
        if (name.equals("diagnostics:ping")) {
            return ForgeDelivery.ignore("", List.of(), "ping");
        }
        JsonNode repo = body.path("repository");
        String slug = Json.first(Json.text(repo, "full_name"), dataCenterSlug(repo));
        if (slug.isEmpty()) {
            throw new PayloadException("not a bitbucket " + name + " payload: the repository's name is missing");
        }
        List<String> urls = urls(repo);
        return switch (name.trim()) {
            case "repo:push" -> cloudPush(body, slug, urls);
            case "pullrequest:created", "pullrequest:updated" -> cloudPullRequest(body, name, slug, urls);
            case "repo:refs_changed" -> dataCenterPush(body, slug, urls);
            case "pr:opened", "pr:from_ref_updated" -> dataCenterPullRequest(body, name, slug, urls);
            default -> ForgeDelivery.ignore(slug, urls, "event " + name + " is not built");
        };
    }

    private static String dataCenterSlug(JsonNode repo) {
        String key = Json.text(repo, "project", "key");
        String name = Json.text(repo, "slug");
        return key.isEmpty() || name.isEmpty() ? "" : key + "/" + name;
    }

    private static List<String> urls(JsonNode repo) {
        List<String> urls = new ArrayList<>();
        urls.add(Json.text(repo, "links", "html", "href"));
        for (JsonNode link : repo.path("links").path("clone")) {
            urls.add(Json.text(link, "href"));
        }
        for (JsonNode link : repo.path("links").path("self")) {
            urls.add(Json.text(link, "href"));
        }
        return urls;
    }

    private static ForgeDelivery cloudPush(JsonNode body, String slug, List<String> urls) throws PayloadException {
        JsonNode change = body.path("push").path("changes").path(0);
        if (!change.isObject()) {
            throw new PayloadException("not a bitbucket repo:push payload: push.changes is missing");
        }
        JsonNode now = change.path("new");
        if (!now.isObject()) {
            return ForgeDelivery.ignore(slug, urls, "deletion of " + Json.text(change, "old", "name"));
        }
        JsonNode target = now.path("target");
        Matcher author = RAW_AUTHOR.matcher(Json.text(target, "author", "raw"));
        boolean tag = "tag".equals(Json.text(now, "type"));
        String name = Json.text(now, "name");
        BuildEvent.Builder event = BuildEvent.builder().forge("bitbucket").commit(Json.text(target, "hash"))
                .before(Json.text(change, "old", "target", "hash")).message(Json.text(target, "message"))
                .author(Json.first(Json.text(body, "actor", "nickname"), Json.text(body, "actor", "username")))
                .authorName(author.matches() ? author.group(1) : Json.text(body, "actor", "display_name"))
                .authorEmail(author.matches() ? author.group(2) : "")
                .authorAvatar(Json.text(body, "actor", "links", "avatar", "href"))
                .link(Json.first(Json.text(change, "links", "html", "href"),
                        Json.text(target, "links", "html", "href")));
        if (tag) {
            event.event("tag").action("created").ref("refs/tags/" + name);
        } else {
            event.event("push").ref("refs/heads/" + name).branch(name).sourceBranch(name);
        }
        return ForgeDelivery.build(slug, urls, event.build());
    }

    private static ForgeDelivery cloudPullRequest(JsonNode body, String name, String slug, List<String> urls)
            throws PayloadException {
        JsonNode pr = body.path("pullrequest");
        int number = Json.number(pr, "id");
        String head = Json.text(pr, "source", "commit", "hash");
        if (number <= 0 || head.isEmpty()) {
            throw new PayloadException("not a bitbucket " + name + " payload: pullrequest.id or source commit is"
                    + " missing");
        }
        String source = Json.text(pr, "source", "branch", "name");
        String sourceRepo = Json.first(Json.text(pr, "source", "repository", "full_name"), slug);
        BuildEvent event = BuildEvent.builder().forge("bitbucket").event("pull_request")
                .action(name.endsWith("created") ? "opened" : "synchronized").ref("refs/heads/" + source)
                .commit(head).before(Json.text(pr, "destination", "commit", "hash"))
                .branch(Json.text(pr, "destination", "branch", "name")).sourceBranch(source).pullRequest(number)
                .title(Json.text(pr, "title")).message(Json.text(pr, "title"))
                .fork(!sourceRepo.equalsIgnoreCase(slug)).sourceRepo(sourceRepo)
                .author(Json.first(Json.text(pr, "author", "nickname"), Json.text(pr, "author", "username")))
                .authorName(Json.text(pr, "author", "display_name"))
                .authorAvatar(Json.text(pr, "author", "links", "avatar", "href"))
                .link(Json.text(pr, "links", "html", "href")).build();
        return ForgeDelivery.build(slug, urls, event);
    }

    private static ForgeDelivery dataCenterPush(JsonNode body, String slug, List<String> urls)
            throws PayloadException {
        JsonNode change = body.path("changes").path(0);
        String ref = Json.text(change, "ref", "id");
        if (ref.isEmpty()) {
            throw new PayloadException("not a bitbucket repo:refs_changed payload: changes[0].ref.id is missing");
        }
        if ("DELETE".equals(Json.text(change, "type"))) {
            return ForgeDelivery.ignore(slug, urls, "deletion of " + ref);
        }
        String before = Json.text(change, "fromHash");
        BuildEvent.Builder event = BuildEvent.builder().forge("bitbucket").ref(ref)
                .commit(Json.text(change, "toHash")).before(before.matches("0+") ? "" : before)
                .author(Json.text(body, "actor", "name")).authorName(Json.text(body, "actor", "displayName"))
                .authorEmail(Json.text(body, "actor", "emailAddress"));
        if (ref.startsWith("refs/tags/")) {
            event.event("tag").action("created");
        } else {
            String branch = Json.first(Json.text(change, "ref", "displayId"), ref.replaceFirst("^refs/heads/", ""));
            event.event("push").branch(branch).sourceBranch(branch);
        }
        return ForgeDelivery.build(slug, urls, event.build());
    }

    private static ForgeDelivery dataCenterPullRequest(JsonNode body, String name, String slug, List<String> urls)
            throws PayloadException {
        JsonNode pr = body.path("pullRequest");
        int number = Json.number(pr, "id");
        String head = Json.text(pr, "fromRef", "latestCommit");
        if (number <= 0 || head.isEmpty()) {
            throw new PayloadException("not a bitbucket " + name + " payload: pullRequest.id or"
                    + " fromRef.latestCommit is missing");
        }
        String sourceRepo = Json.first(dataCenterSlug(Json.at(pr, "fromRef", "repository")), slug);
        BuildEvent event = BuildEvent.builder().forge("bitbucket").event("pull_request")
                .action(name.equals("pr:opened") ? "opened" : "synchronized")
                .ref("refs/pull-requests/" + number + "/from").commit(head)
                .before(Json.text(pr, "toRef", "latestCommit")).branch(Json.text(pr, "toRef", "displayId"))
                .sourceBranch(Json.text(pr, "fromRef", "displayId")).pullRequest(number)
                .title(Json.text(pr, "title")).message(Json.text(pr, "title"))
                .fork(!sourceRepo.equalsIgnoreCase(slug)).sourceRepo(sourceRepo)
                .author(Json.text(body, "actor", "name")).authorName(Json.text(body, "actor", "displayName"))
                .authorEmail(Json.text(body, "actor", "emailAddress"))
                .link(Json.text(pr.path("links").path("self").path(0), "href")).build();
        return ForgeDelivery.build(slug, urls, event);
    }
}
