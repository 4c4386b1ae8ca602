package io.jenkins.plugins.drone.jenkins.status;


/** How one forge's API takes a commit status: its URL, its state words and its JSON shape. */
interface StatusApi {

    /** The request that sets {@code status} on commit {@code sha} of the linked repository. */
    StatusRequest request(StatusTarget target, String sha, CommitStatus status);
}
