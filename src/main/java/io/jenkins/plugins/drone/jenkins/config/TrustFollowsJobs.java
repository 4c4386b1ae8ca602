package io.jenkins.plugins.drone.jenkins.config;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.listeners.ItemListener;

/**
 * Keeps the trusted-jobs list in step with the jobs: a renamed or moved job keeps its trust, a deleted
 * job's name loses it (otherwise anyone who may create jobs could re-create the name and inherit trust).
 */
@Extension
public final class TrustFollowsJobs extends ItemListener {

    @Override
    public void onDeleted(Item item) {
        DroneSettings.get().setTrusted(item.getFullName(), false);
    }

    @Override
    public void onRenamed(Item item, String oldName, String newName) {
        String parent = item.getParent().getFullName();
        String prefix = parent == null || parent.isEmpty() ? "" : parent + "/";
        moved(prefix + oldName, item.getFullName());
    }

    /** Modern Jenkins' notice of a rename or a move between folders (not called by Hudson 1.395). */
    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        moved(oldFullName, newFullName);
    }

    private static void moved(String oldFullName, String newFullName) {
        DroneSettings settings = DroneSettings.get();
        if (settings.isTrusted(oldFullName)) {
            settings.setTrusted(oldFullName, false);
            settings.setTrusted(newFullName, true);
        }
    }
}
