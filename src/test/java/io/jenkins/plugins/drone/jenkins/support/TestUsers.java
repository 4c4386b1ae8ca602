package io.jenkins.plugins.drone.jenkins.support;

import hudson.model.Hudson;
import hudson.model.Item;
import hudson.security.GlobalMatrixAuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.SecurityRealm;

/**
 * The users permission tests log in as: {@code admin} (Administer), {@code reader} and {@code dev} (Overall and
 * Item Read), and {@code dev} with whatever more a test gives it.
 */
public final class TestUsers {

    private TestUsers() {}

    /** Installs {@code realm} (the harness's dummy realm) and the matrix; returns it for more grants. */
    public static GlobalMatrixAuthorizationStrategy install(SecurityRealm realm, Permission... devMay) {
        Hudson hudson = Hudson.getInstance();
        hudson.setSecurityRealm(realm);
        GlobalMatrixAuthorizationStrategy auth = new GlobalMatrixAuthorizationStrategy();
        auth.add(Hudson.ADMINISTER, "admin");
        for (String user : new String[] {"reader", "dev"}) {
            auth.add(Hudson.READ, user);
            auth.add(Item.READ, user);
        }
        for (Permission permission : devMay) {
            auth.add(permission, "dev");
        }
        hudson.setAuthorizationStrategy(auth);
        return auth;
    }
}
