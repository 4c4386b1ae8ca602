package io.jenkins.plugins.drone.jenkins.job;

import hudson.model.Descriptor;
import hudson.util.Secret;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.forge.ForgeKind;
import io.jenkins.plugins.drone.jenkins.forge.ForgeLink;
import net.sf.json.JSONObject;

/** The forge section of the job form ("Linked to a forge repository") as a {@link ForgeLink}, checked. */
final class ForgeForm {

    private ForgeForm() {}

    /** The link the form describes, or null when the section is unticked. */
    static ForgeLink fromForm(JSONObject form) throws Descriptor.FormException {
        JSONObject forge = form.optJSONObject("forge");
        if (forge == null || forge.isNullObject()) {
            return null;
        }
        ForgeKind kind = ForgeKind.byId(forge.optString("kind", ""));
        String slug = forge.optString("slug", "").trim();
        if (slug.isEmpty()) {
            throw new Descriptor.FormException(Messages.forgeSlugRequired(), "forge.slug");
        }
        if (!slug.matches("[^/\\s]+(/[^/\\s]+)+")) {
            throw new Descriptor.FormException(Messages.forgeSlugInvalid(slug), "forge.slug");
        }
        String apiUrl = forge.optString("apiUrl", "").trim();
        if (!apiUrl.isEmpty() && !apiUrl.matches("https?://\\S+")) {
            throw new Descriptor.FormException(Messages.forgeApiUrlInvalid(apiUrl), "forge.apiUrl");
        }
        return new ForgeLink(kind == null ? ForgeKind.GITHUB : kind, slug, apiUrl,
                Secret.fromString(forge.optString("token", "")),
                Secret.fromString(forge.optString("webhookSecret", "")),
                forge.optString("branches", ""), forge.optBoolean("statusPerBuild"));
    }
}
