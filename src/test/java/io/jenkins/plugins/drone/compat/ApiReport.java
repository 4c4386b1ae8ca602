package io.jenkins.plugins.drone.compat;

import java.util.List;

/** What checking one artefact against one Jenkins version found. */
record ApiReport(String artefact, String jenkins, List<String> checked, List<String> missing, List<String> warnings,
        int unverified) {

    /** The summary line: {@code N references checked, M missing}. */
    String summary() {
        return artefact + " against " + jenkins + ": " + checked.size() + " references checked, " + missing.size()
                + " missing" + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings")
                + (unverified == 0 ? "" : " (" + unverified + " through bundled libraries, not verified)");
    }
}
