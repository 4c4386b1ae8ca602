package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

// The web link Drone's server knows, derived from the clone URL Jenkins and the CLI have.
class WebLinkTest {

    @Test
    void derivesTheWebLinkOfEveryCloneUrlForm() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("https://github.com/acme/shop.git", "https://github.com/acme/shop");
        links.put("https://github.com/acme/shop", "https://github.com/acme/shop");
        links.put("https://user:secret@git.example.com:8443/team/app.git", "https://git.example.com:8443/team/app");
        links.put("http://gitea.local/acme/shop.git/", "http://gitea.local/acme/shop");
        links.put("ssh://git@github.com:22/acme/shop.git", "https://github.com/acme/shop");
        links.put("git://github.com/acme/shop.git", "https://github.com/acme/shop");
        links.put("git@github.com:acme/shop.git", "https://github.com/acme/shop");
        links.put("gitlab.com:group/sub/app.git", "https://gitlab.com/group/sub/app");
        links.put("/srv/git/shop.git", "");
        links.put("file:///srv/git/shop.git", "");
        links.put("", "");
        links.forEach((cloneUrl, link) -> assertEquals(link, WebLink.of(cloneUrl), cloneUrl));
    }
}
