package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// The web link Drone's server knows, derived from the clone URL Jenkins and the CLI have.
class WebLinkTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "https://github.com/acme/shop.git|https://github.com/acme/shop",
        "https://github.com/acme/shop|https://github.com/acme/shop",
        "https://user:secret@git.example.com:8443/team/app.git|https://git.example.com:8443/team/app",
        "http://gitea.local/acme/shop.git/|http://gitea.local/acme/shop",
        "ssh://git@github.com:22/acme/shop.git|https://github.com/acme/shop",
        "git://github.com/acme/shop.git|https://github.com/acme/shop",
        "git@github.com:acme/shop.git|https://github.com/acme/shop",
        "gitlab.com:group/sub/app.git|https://gitlab.com/group/sub/app",
        "/srv/git/shop.git|''",
        "file:///srv/git/shop.git|''",
        "''|''"})
    void derivesTheWebLink(String cloneUrl, String link) {
        assertEquals(link, WebLink.of(cloneUrl));
    }
}
