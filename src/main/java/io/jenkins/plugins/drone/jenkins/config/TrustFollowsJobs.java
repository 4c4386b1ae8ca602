package io.jenkins.plugins.drone.jenkins.config;

import hudson.Extension;
import hudson.model.Hudson;
import hudson.model.Item;
import hudson.model.listeners.ItemListener;

/**
 * Keeps the trusted-jobs list in step with the jobs: a renamed or moved job keeps its trust; a deleted job's
 * name loses it, a name no job has when Hudson has loaded its jobs is dropped, and a job that is created
 * (new, copied, or from a posted config.xml) never inherits an entry of its name (otherwise anyone who may
 * create jobs could take a trusted name and inherit its trust). Trust is given to a job after it exists.
 */
@Extension
public final class TrustFollowsJobs extends ItemListener {

    @Override
    public void onLoaded() {
        DroneSettings.get().retainTrusted(name -> Hudson.getInstance().getItemByFullName(name) != null);
    }

    @Override
    public void onCreated(Item item) {
        DroneSettings.get().setTrusted(item.getFullName(), false);
    }

    // onCopied: Hudson's default calls onCreated, as does modern Jenkins'

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
