package io.jenkins.plugins.drone.jenkins.status;

import java.net.URI;

/**
 * One HTTP {@code POST} of a commit status: where, the {@code Authorization} header value and the JSON body.
 * Its text form leaves the header out, so a request can be logged without its token.
 */
public record StatusRequest(URI uri, String authorization, String json) {

    @Override
    public String toString() {
        return "POST " + uri + " " + json;
    }
}
