package io.jenkins.plugins.drone.jenkins.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves how a delivery finds its jobs (slug in any case, or any URL form of the job's repository), and branch filters. */
class ForgeLinkTest {

    @Test
    void aDeliveryIsAboutTheLinkBySlugInAnyCaseOrByUrl() {
        ForgeLink link = new ForgeLink(ForgeKind.GITHUB, "Octo/Repo", "", null, null);
        assertTrue(link.isAbout(ForgeKind.GITHUB, "octo/repo", List.of(), ""));
        assertFalse(link.isAbout(ForgeKind.GITEA, "octo/repo", List.of(), ""), "another forge");
        ForgeLink bySlugElsewhere = new ForgeLink(ForgeKind.GITHUB, "other/name", "", null, null);
        List<String> urls = List.of("https://github.com/Octo/Repo.git", "git@github.com:Octo/Repo.git");
        assertTrue(bySlugElsewhere.isAbout(ForgeKind.GITHUB, "octo/repo", urls, "ssh://git@github.com:22/octo/repo"));
        assertTrue(bySlugElsewhere.isAbout(ForgeKind.GITHUB, "octo/repo", urls, "https://github.com/octo/repo/"));
        assertFalse(bySlugElsewhere.isAbout(ForgeKind.GITHUB, "octo/repo", urls, "https://github.com/octo/repo2"));
    }

    @Test
    void urlFormsOfOneRepositoryNormaliseAlike() {
        String expected = "github.com/octo/repo";
        for (String url : List.of("https://github.com/Octo/Repo.git", "git@github.com:octo/repo.git",
                "ssh://git@github.com/octo/repo", "ssh://git@github.com:22/octo/repo.git",
                "http://user@github.com/octo/repo/")) {
            assertEquals(expected, ForgeLink.normalisedUrl(url), url);
        }
    }

    @Test
    void branchFilterTakesGlobsAndEmptyMeansAll() {
        assertTrue(new ForgeLink(ForgeKind.GITHUB, "a/b", "", null, null).buildsBranch("anything"));
        ForgeLink filtered = new ForgeLink(ForgeKind.GITHUB, "a/b", "", null, null, "main, release/*", false);
        assertTrue(filtered.buildsBranch("main"));
        assertTrue(filtered.buildsBranch("release/1.0"));
        assertFalse(filtered.buildsBranch("feature/x"));
    }
}
